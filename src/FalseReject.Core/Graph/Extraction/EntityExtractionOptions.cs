using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents how the LLM entity extractor, the entity list voters and the relation extractor call their models.
/// </summary>
public sealed class EntityExtractionOptions
{
    /// <summary>Gets or sets how many times entities are extracted from each seed, giving that many candidate lists to vote on.</summary>
    /// <value>The default value is 3.</value>
    [Range(1, 20)]
    public int SampleCount { get; set; } = FalseRejectDefaults.EntityExtractionSampleCount;

    /// <summary>Gets or sets the sampling temperature of entity extraction; it must be above 0 so the samples differ.</summary>
    /// <value>The default value is 0.7.</value>
    [Range(0.0, 2.0, MinimumIsExclusive = true)]
    public double Temperature { get; set; } = FalseRejectDefaults.EntityExtractionTemperature;

    /// <summary>Gets or sets how many times a failed call or unparsable output is retried, per sample, vote and relation extraction.</summary>
    /// <value>The default value is 2.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = FalseRejectDefaults.EntityExtractionMaxRetries;

    /// <summary>
    /// Gets or sets the base of the sampling seed sent with each entity extraction call, or <see langword="null"/> to send none.
    /// Sample <c>i</c>, attempt <c>a</c> sends <c>Seed + i * (MaxRetries + 1) + a</c>, so every call differs: a response cache
    /// then keeps the samples distinct, and a rerun with the same seeds hits the cache.
    /// </summary>
    /// <value>The default value is 0.</value>
    public int? Seed { get; set; } = FalseRejectDefaults.EntityExtractionSeed;

    /// <summary>Gets or sets the maximum number of entities kept from one candidate list; the rest are dropped.</summary>
    /// <value>The default value is 12.</value>
    [Range(1, 100)]
    public int MaxEntities { get; set; } = FalseRejectDefaults.EntityExtractionMaxEntities;

    /// <summary>Gets or sets a value indicating whether calls request JSON output (<c>response_format</c> of type <c>json_object</c>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseJsonResponseFormat { get; set; } = FalseRejectDefaults.EntityExtractionUseJsonResponseFormat;
}
