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
}
