namespace FalseReject;

/// <summary>
/// Provides an <see cref="IDuplicateFilter"/> over the diversity metrics' <see cref="NearDuplicateDetector"/>, so the
/// generation pipeline drops candidates with the same tokenizer and word-shingle Jaccard similarity that the
/// diversity report uses. Texts with the same shingle set, such as texts equal after lower-casing, match with
/// similarity 1.
/// </summary>
/// <remarks>This type is thread safe: calls are serialised because the detector is not.</remarks>
public sealed class NearDuplicateDetectorFilter : IDuplicateFilter
{
    private readonly Lock _lock = new();
    private readonly NearDuplicateDetector _detector;
    private readonly List<(string Id, string Text)> _entries = [];

    /// <summary>
    /// Initializes a new instance of the <see cref="NearDuplicateDetectorFilter"/> class.
    /// </summary>
    /// <param name="detector">The detector; texts already added to it have no ids and are never reported.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="detector"/> already holds texts.</exception>
    public NearDuplicateDetectorFilter(NearDuplicateDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        if (detector.Count > 0)
        {
            throw new ArgumentException("Pass an empty detector; this filter records the id of every text it adds.", nameof(detector));
        }

        _detector = detector;
    }

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public DuplicateMatch? FindDuplicate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        lock (_lock)
        {
            return FindLocked(text);
        }
    }

    /// <inheritdoc />
    public bool TryAdd(string text, string id, out DuplicateMatch? duplicate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(id);

        lock (_lock)
        {
            duplicate = FindLocked(text);
            if (duplicate is not null)
            {
                return false;
            }

            _detector.Add(text);
            _entries.Add((id, text));
            return true;
        }
    }

    private DuplicateMatch? FindLocked(string text)
    {
        NearDuplicateMatch? best = null;
        foreach (var match in _detector.FindMatches(text))
        {
            if (best is null || match.Similarity > best.Similarity)
            {
                best = match;
            }
        }

        return best is null ? null : new DuplicateMatch(_entries[best.Index].Id, _entries[best.Index].Text, best.Similarity);
    }
}
