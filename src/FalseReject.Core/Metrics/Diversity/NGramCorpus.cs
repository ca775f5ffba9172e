namespace FalseReject;

// A set of tokenized texts with an integer id for every distinct n-gram of each order up to MaxOrder.
// Token ids are assigned by first occurrence; the id of an n-gram of order k > 1 is looked up by the pair
// (id of its first k - 1 tokens, id of its last token) packed into one 64-bit key, so ids are exact (no hash
// collisions) and building all orders takes O(total tokens * MaxOrder) expected time and memory.
internal sealed class NGramCorpus
{
    private readonly int[] _offsets;
    private readonly int[][] _gramIds;
    private readonly int[] _distinctCounts;

    private NGramCorpus(int[] offsets, int[][] gramIds, int[] distinctCounts)
    {
        _offsets = offsets;
        _gramIds = gramIds;
        _distinctCounts = distinctCounts;
    }

    public int TextCount => _offsets.Length - 1;

    public int MaxOrder => _gramIds.Length;

    public long TokenCount => _offsets[^1];

    public static NGramCorpus Create(IReadOnlyList<string> texts, ITokenizer tokenizer, int maxOrder)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var offsets = new int[texts.Count + 1];
        var tokenIds = new List<int>();
        for (var text = 0; text < texts.Count; text++)
        {
            var value = texts[text] ?? throw new ArgumentException($"The text at index {text} is null; pass an empty string for an empty text.", nameof(texts));
            TokenInterner.AppendTokenIds(value, tokenizer, vocabulary, tokenIds);
            offsets[text + 1] = checked(tokenIds.Count);
        }

        return Create(offsets, [.. tokenIds], vocabulary.Count, maxOrder);
    }

    // Builds the n-gram ids of orders 2..maxOrder from token ids stored text after text, where text t occupies
    // positions offsets[t] to offsets[t + 1] - 1. An n-gram never spans two texts.
    public static NGramCorpus Create(int[] offsets, int[] tokenIds, int vocabularySize, int maxOrder)
    {
        var gramIds = new int[maxOrder][];
        var distinctCounts = new int[maxOrder];
        gramIds[0] = tokenIds;
        distinctCounts[0] = vocabularySize;
        for (var order = 2; order <= maxOrder; order++)
        {
            var previous = gramIds[order - 2];
            var current = new int[tokenIds.Length];
            var ids = new NGramIdMap(distinctCounts[order - 2]);
            for (var text = 0; text + 1 < offsets.Length; text++)
            {
                var last = offsets[text + 1] - order;
                for (var position = offsets[text]; position <= last; position++)
                {
                    var key = ((long)previous[position] << 32) | (uint)tokenIds[position + order - 1];
                    current[position] = ids.GetOrAdd(key);
                }
            }

            gramIds[order - 1] = current;
            distinctCounts[order - 1] = ids.Count;
        }

        return new NGramCorpus(offsets, gramIds, distinctCounts);
    }

    public int LengthOf(int text) => _offsets[text + 1] - _offsets[text];

    // The ids of the n-grams of one order in one text, in order; empty when the text is shorter than the order.
    public ReadOnlySpan<int> GramsOf(int text, int order)
    {
        var count = LengthOf(text) - order + 1;
        return count <= 0 ? [] : _gramIds[order - 1].AsSpan(_offsets[text], count);
    }

    public int DistinctCount(int order) => _distinctCounts[order - 1];

    public long GramCount(int order)
    {
        long total = 0;
        for (var text = 0; text < TextCount; text++)
        {
            total += Math.Max(0, LengthOf(text) - order + 1);
        }

        return total;
    }
}
