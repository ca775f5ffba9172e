using System.Runtime.InteropServices;

namespace FalseReject;

/// <summary>
/// Provides exact near-duplicate detection without comparing all pairs: two texts are near-duplicates when the Jaccard
/// similarity of their shingle sets (the sets of their runs of <see cref="ShingleSize"/> consecutive tokens) is at
/// least <see cref="Threshold"/>.
/// </summary>
/// <remarks>
/// <para>
/// A text with fewer tokens than the shingle size has one shingle, its whole token sequence. Two texts without tokens
/// have similarity 1; a text without tokens and one with tokens have similarity 0.
/// </para>
/// <para>
/// The search uses prefix filtering and is exact: it returns every pair at or above the threshold and no other.
/// All shingle sets are sorted in one fixed order. If the similarity of sets x and y is at least t, they share at
/// least o = ceil(t * max(|x|, |y|)) shingles, so the first shared shingle lies among the first |x| - o + 1 shingles
/// of x and among the first |y| - o + 1 shingles of y. Only these prefixes are indexed and probed, and each candidate
/// is verified by counting the shared shingles. A size filter skips pairs whose size ratio is below t. The
/// incremental methods use a pseudo-random order that new shingles cannot change. <see cref="Find(IReadOnlyList{string}, double)"/>
/// reads all texts before searching and puts rare shingles first, which keeps the candidate lists short.
/// </para>
/// <para>
/// Queries and additions intern the tokens and shingles they see, so memory grows with every distinct text queried.
/// This type is not thread-safe.
/// </para>
/// </remarks>
public sealed class NearDuplicateDetector
{
    // Slack subtracted before rounding the required overlap up, so that floating-point error in threshold * size
    // can only lengthen a prefix (more candidates) and never drop a pair.
    private const double OverlapSlack = 1e-6;

    private readonly ITokenizer _tokenizer;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly NGramIdMap[] _gramIds;
    private readonly List<ulong[]> _shingleSets = [];
    private readonly Dictionary<ulong, List<int>> _postings = [];
    private readonly List<int> _emptyTexts = [];

    // The number of the search that last saw each added text as a candidate, so that no text is verified twice.
    private int[] _candidateMarks = [];
    private int _searchNumber;

    /// <summary>
    /// Initializes a new instance of the <see cref="NearDuplicateDetector"/> class.
    /// </summary>
    /// <param name="threshold">The Jaccard similarity at or above which two texts are near-duplicates, greater than 0 and at most 1.</param>
    /// <param name="tokenizer">The tokenizer, or <see langword="null"/> for <see cref="WordPunctuationTokenizer"/>.</param>
    /// <param name="shingleSize">The number of consecutive tokens in one shingle, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not greater than 0 and at most 1, or <paramref name="shingleSize"/> is less than 1.</exception>
    public NearDuplicateDetector(double threshold, ITokenizer? tokenizer = null, int shingleSize = FalseRejectDefaults.DiversityNearDuplicateShingleSize)
    {
        ValidateThreshold(threshold);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);

        Threshold = threshold;
        ShingleSize = shingleSize;
        _tokenizer = tokenizer ?? WordPunctuationTokenizer.Instance;
        _gramIds = new NGramIdMap[shingleSize + 1];
        for (var order = 2; order <= shingleSize; order++)
        {
            _gramIds[order] = new NGramIdMap();
        }
    }

    /// <summary>Gets the Jaccard similarity at or above which two texts are near-duplicates.</summary>
    public double Threshold { get; }

    /// <summary>Gets the number of consecutive tokens in one shingle.</summary>
    public int ShingleSize { get; }

    /// <summary>Gets the number of texts added.</summary>
    public int Count => _shingleSets.Count;

    /// <summary>
    /// Adds a text to the texts that later queries compare against.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The index of the text: the number of texts added before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public int Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return AddShingles(CreateShingleSet(text));
    }

    /// <summary>
    /// Adds a text unless it nearly duplicates a text added before.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text was added; <see langword="false"/> when it is a near-duplicate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public bool TryAdd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var shingles = CreateShingleSet(text);
        if (Search(shingles, firstOnly: true).Count > 0)
        {
            return false;
        }

        AddShingles(shingles);
        return true;
    }

    /// <summary>
    /// Determines whether a text nearly duplicates any text added so far.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when an added text has a similarity of at least <see cref="Threshold"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public bool IsNearDuplicate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return Search(CreateShingleSet(text), firstOnly: true).Count > 0;
    }

    /// <summary>
    /// Finds every added text that a text nearly duplicates.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches ordered by index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<NearDuplicateMatch> FindMatches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var matches = Search(CreateShingleSet(text), firstOnly: false);
        matches.Sort((left, right) => left.Index.CompareTo(right.Index));
        return matches;
    }

    /// <summary>
    /// Finds every pair of near-duplicates within a set of texts at <see cref="Threshold"/>, independently of the added texts.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The pairs ordered by <see cref="NearDuplicatePair.First"/>, then <see cref="NearDuplicatePair.Second"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> contains <see langword="null"/>.</exception>
    public IReadOnlyList<NearDuplicatePair> Find(IReadOnlyList<string> texts) => Find(texts, Threshold);

    /// <summary>
    /// Finds every pair of near-duplicates within a set of texts at a given threshold, independently of the added texts.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <param name="threshold">The Jaccard similarity at or above which two texts are near-duplicates, greater than 0 and at most 1.</param>
    /// <returns>The pairs ordered by <see cref="NearDuplicatePair.First"/>, then <see cref="NearDuplicatePair.Second"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not greater than 0 and at most 1.</exception>
    public IReadOnlyList<NearDuplicatePair> Find(IReadOnlyList<string> texts, double threshold)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ValidateThreshold(threshold);

        var batch = new NearDuplicateDetector(threshold, _tokenizer, ShingleSize);
        var shingleSets = new ulong[texts.Count][];
        for (var index = 0; index < texts.Count; index++)
        {
            var text = texts[index] ?? throw new ArgumentException($"The text at index {index} is null; pass an empty string for an empty text.", nameof(texts));
            shingleSets[index] = batch.CreateShingleSet(text);
        }

        RankByFrequency(shingleSets);
        var pairs = new List<NearDuplicatePair>();
        for (var index = 0; index < shingleSets.Length; index++)
        {
            foreach (var match in batch.Search(shingleSets[index], firstOnly: false))
            {
                pairs.Add(new NearDuplicatePair(match.Index, index, match.Similarity));
            }

            batch.AddShingles(shingleSets[index]);
        }

        pairs.Sort((left, right) => left.First != right.First ? left.First.CompareTo(right.First) : left.Second.CompareTo(right.Second));
        return pairs;
    }

    /// <summary>
    /// Computes the Jaccard similarity of the shingle sets of two texts.
    /// </summary>
    /// <param name="first">The first text.</param>
    /// <param name="second">The second text.</param>
    /// <returns>The similarity, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    public double ComputeSimilarity(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);

        return Jaccard(CreateShingleSet(first), CreateShingleSet(second));
    }

    // Replaces each shingle by its rank in the order (number of texts that contain it, key), and sorts each set by
    // rank. Any fixed order keeps prefix filtering exact, and with all texts known in advance, putting rare shingles
    // first keeps the prefixes, and so the candidate lists, short.
    private static void RankByFrequency(ulong[][] shingleSets)
    {
        var frequencies = new Dictionary<ulong, int>();
        foreach (var shingles in shingleSets)
        {
            foreach (var shingle in shingles)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequencies, shingle, out _)++;
            }
        }

        var ordered = frequencies.Select(pair => (Frequency: pair.Value, Shingle: pair.Key)).ToArray();
        Array.Sort(ordered);

        var ranks = new Dictionary<ulong, int>(ordered.Length);
        for (var rank = 0; rank < ordered.Length; rank++)
        {
            ranks.Add(ordered[rank].Shingle, rank);
        }

        foreach (var shingles in shingleSets)
        {
            for (var position = 0; position < shingles.Length; position++)
            {
                shingles[position] = (ulong)ranks[shingles[position]];
            }

            Array.Sort(shingles);
        }
    }

    private static void ValidateThreshold(double threshold)
    {
        if (!(threshold > 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be greater than 0 and at most 1.");
        }
    }

    private int AddShingles(ulong[] shingles)
    {
        var index = _shingleSets.Count;
        _shingleSets.Add(shingles);
        if (shingles.Length == 0)
        {
            _emptyTexts.Add(index);
            return index;
        }

        var prefixLength = PrefixLength(shingles.Length, Threshold);
        for (var position = 0; position < prefixLength; position++)
        {
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, shingles[position], out _);
            posting ??= [];
            posting.Add(index);
        }

        return index;
    }

    // Returns the added texts whose similarity with the shingle set is at least Threshold.
    private List<NearDuplicateMatch> Search(ulong[] shingles, bool firstOnly)
    {
        var threshold = Threshold;
        var matches = new List<NearDuplicateMatch>();
        if (shingles.Length == 0)
        {
            foreach (var index in _emptyTexts)
            {
                matches.Add(new NearDuplicateMatch(index, 1));
                if (firstOnly)
                {
                    break;
                }
            }

            return matches;
        }

        _searchNumber++;
        if (_candidateMarks.Length < _shingleSets.Count)
        {
            Array.Resize(ref _candidateMarks, Math.Max(_shingleSets.Count, _candidateMarks.Length * 2));
        }

        var prefixLength = PrefixLength(shingles.Length, threshold);
        for (var position = 0; position < prefixLength; position++)
        {
            if (!_postings.TryGetValue(shingles[position], out var posting))
            {
                continue;
            }

            foreach (var index in posting)
            {
                if (_candidateMarks[index] == _searchNumber)
                {
                    continue;
                }

                _candidateMarks[index] = _searchNumber;

                var other = _shingleSets[index];
                var smaller = Math.Min(shingles.Length, other.Length);
                var larger = Math.Max(shingles.Length, other.Length);

                // The similarity is at most smaller / larger, and rounding keeps that order, so this skips no match.
                if ((double)smaller / larger < threshold)
                {
                    continue;
                }

                var similarity = Jaccard(shingles, other);
                if (similarity >= threshold)
                {
                    matches.Add(new NearDuplicateMatch(index, similarity));
                    if (firstOnly)
                    {
                        return matches;
                    }
                }
            }
        }

        return matches;
    }

    // The number of leading shingles (in the fixed order) that a set of this size indexes and probes.
    private static int PrefixLength(int size, double threshold)
    {
        var requiredOverlap = Math.Max(1, (int)Math.Ceiling((threshold * size) - OverlapSlack));
        return size - requiredOverlap + 1;
    }

    private static double Jaccard(ulong[] first, ulong[] second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return first.Length == second.Length ? 1 : 0;
        }

        var shared = 0;
        var i = 0;
        var j = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (first[i] < second[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (first.Length + second.Length - shared);
    }

    // The distinct shingles of a text as sorted, scrambled 64-bit keys. A shingle is identified exactly by its
    // order and its interned n-gram id. The scrambling is a bijection, so distinct shingles keep distinct keys.
    // It also spreads frequent shingles over the sort order, so that prefixes are not all common shingles.
    private ulong[] CreateShingleSet(string text)
    {
        var tokenList = new List<int>();
        TokenInterner.AppendTokenIds(text, _tokenizer, _vocabulary, tokenList);
        if (tokenList.Count == 0)
        {
            return [];
        }

        var tokenIds = tokenList.ToArray();
        var grams = (int[])tokenIds.Clone();
        var order = Math.Min(ShingleSize, tokenIds.Length);
        for (var current = 2; current <= order; current++)
        {
            var ids = _gramIds[current];
            for (var position = 0; position + current <= tokenIds.Length; position++)
            {
                var key = ((long)grams[position] << 32) | (uint)tokenIds[position + current - 1];
                grams[position] = ids.GetOrAdd(key);
            }
        }

        var shingles = new ulong[tokenIds.Length - order + 1];
        for (var position = 0; position < shingles.Length; position++)
        {
            shingles[position] = Scramble(((ulong)order << 32) | (uint)grams[position]);
        }

        Array.Sort(shingles);
        var distinct = shingles.AsSpan()[..Deduplicate(shingles)];
        return distinct.Length == shingles.Length ? shingles : distinct.ToArray();
    }

    private static int Deduplicate(ulong[] sorted)
    {
        var count = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return count;
    }

    // The SplitMix64 finalizer: xor-shifts and multiplications by odd constants, each invertible, so the whole
    // function is a bijection on 64-bit values.
    private static ulong Scramble(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value;
    }
}
