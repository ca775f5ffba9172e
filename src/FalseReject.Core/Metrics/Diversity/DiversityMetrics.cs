using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Provides the default <see cref="IDiversityMetrics"/>: Self-BLEU equal to nltk 3.8's <c>sentence_bleu</c> with
/// uniform weights and <c>SmoothingFunction().method1</c>, computed in time linear in the number of tokens.
/// </summary>
/// <remarks>
/// <para>
/// Each text is scored as nltk 3.8 scores a hypothesis against all other texts. N-gram counts are clipped to their
/// maximum count in any other text. An order with no match gets the precision epsilon / max(1, n-gram count). A text
/// with no matching token, such as an empty text, scores 0. The brevity penalty uses the other length closest to the
/// text's length, the shorter one on a tie.
/// </para>
/// <para>
/// No pair of texts is compared. The largest and second largest count of each n-gram over the set give the maximum
/// over the other texts, and the sorted lengths give the closest other length. The cost is O(tokens * order) plus
/// sorting the lengths, with memory linear in the tokens.
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public sealed class DiversityMetrics : IDiversityMetrics
{
    private readonly ITokenizer _tokenizer;
    private readonly int _maxOrder;
    private readonly double _epsilon;

    /// <summary>
    /// Initializes a new instance of the <see cref="DiversityMetrics"/> class.
    /// </summary>
    /// <param name="tokenizer">The tokenizer, or <see langword="null"/> for <see cref="WordPunctuationTokenizer"/>.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ValidationException"><paramref name="options"/> has a value out of range.</exception>
    public DiversityMetrics(ITokenizer? tokenizer = null, DiversityOptions? options = null)
    {
        options ??= new DiversityOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);

        _tokenizer = tokenizer ?? WordPunctuationTokenizer.Instance;
        _maxOrder = options.SelfBleuMaxOrder;
        _epsilon = options.SmoothingEpsilon;
    }

    /// <inheritdoc />
    public DiversityReport Measure(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);

        var corpus = NGramCorpus.Create(texts, _tokenizer, Math.Max(_maxOrder, 2));
        return new DiversityReport
        {
            Count = texts.Count,
            TokenCount = corpus.TokenCount,
            SelfBleuMaxOrder = _maxOrder,
            SelfBleu = texts.Count < 2 ? null : Mean(SelfBleuCalculator.Scores(corpus, _maxOrder, _epsilon)),
            Distinct1 = Distinct(corpus, 1),
            Distinct2 = Distinct(corpus, 2),
        };
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, DiversityReport> MeasureByCategory<TItem>(IEnumerable<TItem> items, Func<TItem, string> textSelector, Func<TItem, string> categorySelector)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(textSelector);
        ArgumentNullException.ThrowIfNull(categorySelector);

        var textsByCategory = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var category = categorySelector(item) ?? throw new ArgumentException("The category selector returned null; return a category for every item.", nameof(categorySelector));
            var text = textSelector(item) ?? throw new ArgumentException($"The text selector returned null for an item of category '{category}'; return an empty string for an empty text.", nameof(textSelector));
            if (!textsByCategory.TryGetValue(category, out var texts))
            {
                texts = [];
                textsByCategory.Add(category, texts);
            }

            texts.Add(text);
        }

        var reports = new SortedDictionary<string, DiversityReport>(StringComparer.Ordinal);
        foreach (var (category, texts) in textsByCategory)
        {
            reports.Add(category, Measure(texts));
        }

        return reports;
    }

    /// <inheritdoc />
    public IReadOnlyList<double> ComputeSelfBleuScores(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count < 2)
        {
            throw new ArgumentException($"Self-BLEU needs at least two texts, because each text is scored against the others; got {texts.Count}.", nameof(texts));
        }

        var corpus = NGramCorpus.Create(texts, _tokenizer, _maxOrder);
        return SelfBleuCalculator.Scores(corpus, _maxOrder, _epsilon);
    }

    /// <inheritdoc />
    public double? ComputeDistinct(IReadOnlyList<string> texts, int order)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);

        return Distinct(NGramCorpus.Create(texts, _tokenizer, order), order);
    }

    private static double? Distinct(NGramCorpus corpus, int order)
    {
        var total = corpus.GramCount(order);
        return total == 0 ? null : (double)corpus.DistinctCount(order) / total;
    }

    private static double Mean(double[] values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }
}
