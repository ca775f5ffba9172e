using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents how an <see cref="EntityGraphBuilder"/> runs seeds.
/// </summary>
public sealed class EntityGraphBuilderOptions
{
    /// <summary>Gets or sets the maximum number of seeds extracted at the same time.</summary>
    /// <value>The default value is 4.</value>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = FalseRejectDefaults.EntityGraphBuilderMaxConcurrency;

    /// <summary>
    /// Gets or sets a value indicating whether seeds recorded in the checkpoint with a failed status are extracted again,
    /// for example after an endpoint outage. Seeds that succeeded are never extracted again.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RetryFailedSeeds { get; set; } = FalseRejectDefaults.EntityGraphBuilderRetryFailedSeeds;
}
