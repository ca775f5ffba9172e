using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents the settings of <see cref="DiversityMetrics"/> and of the <see cref="NearDuplicateDetector"/> that dependency injection creates.
/// </summary>
public sealed class DiversityOptions
{
    /// <summary>Gets or sets the highest n-gram order of Self-BLEU; orders 1 to this value get equal weights.</summary>
    /// <value>The default value is 4.</value>
    [Range(1, 16, ErrorMessage = "SelfBleuMaxOrder must be between 1 and 16.")]
    public int SelfBleuMaxOrder { get; set; } = FalseRejectDefaults.DiversitySelfBleuMaxOrder;

    /// <summary>
    /// Gets or sets the count added to an n-gram order with no match before its precision is taken,
    /// as nltk's <c>SmoothingFunction(epsilon).method1</c> does.
    /// </summary>
    /// <value>The default value is 0.1.</value>
    [Range(0.0, 1.0, MinimumIsExclusive = true, ErrorMessage = "SmoothingEpsilon must be greater than 0 and at most 1.")]
    public double SmoothingEpsilon { get; set; } = FalseRejectDefaults.DiversitySmoothingEpsilon;

    /// <summary>Gets or sets the Jaccard similarity of shingle sets at or above which two texts are near-duplicates.</summary>
    /// <value>The default value is 0.8.</value>
    [Range(0.0, 1.0, MinimumIsExclusive = true, ErrorMessage = "NearDuplicateThreshold must be greater than 0 and at most 1.")]
    public double NearDuplicateThreshold { get; set; } = FalseRejectDefaults.DiversityNearDuplicateThreshold;

    /// <summary>Gets or sets the number of consecutive tokens in one shingle of near-duplicate detection.</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 16, ErrorMessage = "NearDuplicateShingleSize must be between 1 and 16.")]
    public int NearDuplicateShingleSize { get; set; } = FalseRejectDefaults.DiversityNearDuplicateShingleSize;
}
