using System.Text;

namespace FalseReject;

/// <summary>
/// Provides a duplicate filter that compares word n-grams: texts equal after normalisation are exact duplicates, and
/// texts whose n-gram sets have a Jaccard similarity at or above a threshold are near duplicates.
/// </summary>
/// <remarks>
/// Normalisation lower-cases the text and keeps runs of letters and digits as words. A text shorter than the n-gram
/// size counts as one n-gram of all its words. An inverted index from n-gram to texts keeps a lookup proportional to
/// the texts that share an n-gram, not to all accepted texts. This type is thread safe.
/// </remarks>
public sealed class NGramDuplicateFilter : IDuplicateFilter
{
    private readonly Lock _lock = new();
    private readonly int _nGramSize;
    private readonly double _threshold;
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Text, int NGramCount)> _entries = [];

    /// <summary>
    /// Initializes a new instance of the <see cref="NGramDuplicateFilter"/> class.
    /// </summary>
    /// <param name="nGramSize">The n-gram length in words.</param>
    /// <param name="threshold">The Jaccard similarity, from 0 to 1, at or above which a text is a near duplicate.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nGramSize"/> is less than 1, or <paramref name="threshold"/> is outside 0 to 1.</exception>
    public NGramDuplicateFilter(int nGramSize = FalseRejectDefaults.GenerationNGramSize, double threshold = FalseRejectDefaults.GenerationDuplicateThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nGramSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);

        _nGramSize = nGramSize;
        _threshold = threshold;
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

        var words = Tokenize(text);
        var normalized = string.Join(' ', words);
        var nGrams = NGrams(words);
        lock (_lock)
        {
            return Find(normalized, nGrams);
        }
    }

    /// <inheritdoc />
    public bool TryAdd(string text, string id, out DuplicateMatch? duplicate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(id);

        var words = Tokenize(text);
        var normalized = string.Join(' ', words);
        var nGrams = NGrams(words);
        lock (_lock)
        {
            duplicate = Find(normalized, nGrams);
            if (duplicate is not null)
            {
                return false;
            }

            var index = _entries.Count;
            _entries.Add((id, text, nGrams.Count));
            _exact[normalized] = index;
            foreach (var nGram in nGrams)
            {
                if (!_postings.TryGetValue(nGram, out var list))
                {
                    list = [];
                    _postings[nGram] = list;
                }

                list.Add(index);
            }

            return true;
        }
    }

    /// <summary>
    /// Computes the Jaccard similarity of two texts' n-gram sets, with the same normalisation as the filter.
    /// </summary>
    /// <param name="first">The first text.</param>
    /// <param name="second">The second text.</param>
    /// <param name="nGramSize">The n-gram length in words.</param>
    /// <returns>The similarity from 0 to 1; 1 when both texts are empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nGramSize"/> is less than 1.</exception>
    public static double Similarity(string first, string second, int nGramSize = FalseRejectDefaults.GenerationNGramSize)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentOutOfRangeException.ThrowIfLessThan(nGramSize, 1);

        var filter = new NGramDuplicateFilter(nGramSize, 0.0);
        var a = filter.NGrams(Tokenize(first));
        var b = filter.NGrams(Tokenize(second));
        if (a.Count == 0 && b.Count == 0)
        {
            return 1.0;
        }

        var intersection = a.Count(b.Contains);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    private DuplicateMatch? Find(string normalized, HashSet<string> nGrams)
    {
        if (_exact.TryGetValue(normalized, out var exactIndex))
        {
            var entry = _entries[exactIndex];
            return new DuplicateMatch(entry.Id, entry.Text, 1.0);
        }

        var shared = new Dictionary<int, int>();
        foreach (var nGram in nGrams)
        {
            if (_postings.TryGetValue(nGram, out var list))
            {
                foreach (var index in list)
                {
                    shared[index] = shared.GetValueOrDefault(index) + 1;
                }
            }
        }

        DuplicateMatch? best = null;
        foreach (var (index, intersection) in shared)
        {
            var entry = _entries[index];
            var similarity = (double)intersection / (nGrams.Count + entry.NGramCount - intersection);
            if (similarity >= _threshold && (best is null || similarity > best.Similarity))
            {
                best = new DuplicateMatch(entry.Id, entry.Text, similarity);
            }
        }

        return best;
    }

    private HashSet<string> NGrams(string[] words)
    {
        var nGrams = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length == 0)
        {
            return nGrams;
        }

        if (words.Length < _nGramSize)
        {
            nGrams.Add(string.Join(' ', words));
            return nGrams;
        }

        for (var start = 0; start + _nGramSize <= words.Length; start++)
        {
            nGrams.Add(string.Join(' ', words, start, _nGramSize));
        }

        return nGrams;
    }

    private static string[] Tokenize(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }
}
