using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents the settings of the adversarial generation loop: rounds, refusal pool, deduplication, categories and concurrency.
/// </summary>
public sealed class GenerationOptions
{
    /// <summary>Gets or sets the maximum number of generate-and-check rounds per seed before the seed is recorded as rejected.</summary>
    /// <value>The default value is 5.</value>
    [Range(1, 100)]
    public int MaxRounds { get; set; } = FalseRejectDefaults.GenerationMaxRounds;

    /// <summary>Gets or sets how the refusal pool queries its members.</summary>
    /// <value>The default value is <see cref="RefusalPoolMode.QueryAll"/>.</value>
    public RefusalPoolMode PoolMode { get; set; } = FalseRejectDefaults.GenerationPoolMode;

    /// <summary>Gets or sets how many pool members must refuse for a candidate to be kept.</summary>
    /// <value>The default value is 1.</value>
    [Range(1, 1000)]
    public int MinimumRefusals { get; set; } = FalseRejectDefaults.GenerationMinimumRefusals;

    /// <summary>
    /// Gets or sets a value indicating whether a partial refusal (<see cref="RefusalOutcome.PartialCompliance"/>) counts as a refusal;
    /// a full refusal always counts, and provider blocks, errors and undecided labels never do.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool CountPartialComplianceAsRefusal { get; set; } = FalseRejectDefaults.GenerationCountPartialComplianceAsRefusal;

    /// <summary>Gets the names of the targets that form the refusal pool; empty means every registered target.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> PoolTargetNames { get; } = [];

    /// <summary>Gets or sets the n-gram Jaccard similarity at or above which a candidate counts as a near duplicate of an accepted case.</summary>
    /// <value>The default value is 0.7.</value>
    [Range(0.0, 1.0)]
    public double DuplicateThreshold { get; set; } = FalseRejectDefaults.GenerationDuplicateThreshold;

    /// <summary>Gets or sets the length, in words, of the n-grams compared for near duplicates.</summary>
    /// <value>The default value is 3.</value>
    [Range(1, 10)]
    public int NGramSize { get; set; } = FalseRejectDefaults.GenerationNGramSize;

    /// <summary>Gets or sets the maximum number of seeds processed at the same time.</summary>
    /// <value>The default value is 4.</value>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = FalseRejectDefaults.GenerationMaxConcurrency;

    /// <summary>Gets or sets a value indicating whether an accepted prompt's category is chosen again by the <see cref="ICategoryLabeler"/> instead of kept from the seed.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool RelabelCategories { get; set; } = FalseRejectDefaults.GenerationRelabelCategories;

    /// <summary>Gets the maximum number of accepted cases per category identifier; a category not listed uses <see cref="DefaultCategoryQuota"/>.</summary>
    /// <value>The default value is an empty dictionary.</value>
    public IDictionary<string, int> CategoryQuotas { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the maximum number of accepted cases of a category missing from <see cref="CategoryQuotas"/>, or <see langword="null"/> for no limit.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    [Range(0, int.MaxValue)]
    public int? DefaultCategoryQuota { get; set; }

    /// <summary>Gets or sets a value indicating whether the <see cref="IResponseWriter"/> writes fine-tuning responses for each accepted case.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WriteResponses { get; set; } = FalseRejectDefaults.GenerationWriteResponses;

    /// <summary>Gets or sets a value indicating whether a resumed run processes again the seeds that failed or were skipped for a full quota; accepted and rejected seeds are never repeated.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RetryFailedSeeds { get; set; } = FalseRejectDefaults.GenerationRetryFailedSeeds;

    /// <summary>
    /// Returns the quota of a category.
    /// </summary>
    /// <param name="categoryId">The category identifier.</param>
    /// <returns>The maximum number of accepted cases, or <see langword="null"/> for no limit.</returns>
    public int? GetQuota(string categoryId) =>
        CategoryQuotas.TryGetValue(categoryId, out var quota) ? quota : DefaultCategoryQuota;
}
