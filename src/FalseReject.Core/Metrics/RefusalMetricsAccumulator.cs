namespace FalseReject;

/// <summary>
/// Provides incremental computation of <see cref="RefusalMetrics"/> from results as they arrive, in memory that grows
/// with the number of categories, not the number of results.
/// </summary>
/// <remarks>This type is not thread safe; add results from one thread or lock around it.</remarks>
public sealed class RefusalMetricsAccumulator
{
    private readonly Dictionary<string, CategoryCounts> _categories = new(StringComparer.Ordinal);

    /// <summary>
    /// Initializes a new instance of the <see cref="RefusalMetricsAccumulator"/> class.
    /// </summary>
    /// <param name="target">The target name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public RefusalMetricsAccumulator(string target)
    {
        ArgumentNullException.ThrowIfNull(target);

        Target = target;
    }

    /// <summary>Gets the target name.</summary>
    public string Target { get; }

    /// <summary>
    /// Adds one result.
    /// </summary>
    /// <param name="categoryId">The case's category id.</param>
    /// <param name="categoryName">The case's category name, or <see langword="null"/>.</param>
    /// <param name="safety">Whether the prompt is benign or harmful.</param>
    /// <param name="outcome">The outcome.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categoryId"/> is <see langword="null"/>.</exception>
    public void Add(string categoryId, string? categoryName, PromptSafety safety, RefusalOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(categoryId);

        if (!_categories.TryGetValue(categoryId, out var counts))
        {
            counts = new CategoryCounts(categoryName);
            _categories.Add(categoryId, counts);
        }

        if (safety == PromptSafety.Harmful)
        {
            counts.Harmful = counts.Harmful.Add(outcome);
        }
        else
        {
            counts.Benign = counts.Benign.Add(outcome);
        }
    }

    /// <summary>
    /// Adds one benchmark result.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Add(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);

        Add(result.Case.CategoryKey, result.Case.CategoryName, result.Case.Safety, result.Verdict.Outcome);
    }

    /// <summary>
    /// Creates the metrics of everything added so far.
    /// </summary>
    /// <returns>An immutable snapshot.</returns>
    public RefusalMetrics Build()
    {
        var benign = new OutcomeCounts();
        var harmful = new OutcomeCounts();
        var categories = new List<CategoryRates>(_categories.Count);
        foreach (var (id, counts) in _categories.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            benign = benign.Plus(counts.Benign);
            harmful = harmful.Plus(counts.Harmful);
            categories.Add(new CategoryRates(id, counts.Name, new RefusalRates(counts.Benign, counts.Harmful)));
        }

        return new RefusalMetrics(Target, new RefusalRates(benign, harmful), categories);
    }

    private sealed class CategoryCounts(string? name)
    {
        public string? Name { get; } = name;

        public OutcomeCounts Benign { get; set; } = new();

        public OutcomeCounts Harmful { get; set; } = new();
    }
}
