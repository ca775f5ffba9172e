using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents the settings of <see cref="RefusalBenchmark"/>.
/// </summary>
public sealed class RefusalBenchmarkOptions
{
    /// <summary>Gets or sets the maximum number of target calls in flight, over all targets.</summary>
    /// <value>The default value is 8.</value>
    [Range(1, 4096, ErrorMessage = "MaxConcurrency must be between 1 and 4096.")]
    public int MaxConcurrency { get; set; } = FalseRejectDefaults.BenchmarkMaxConcurrency;

    /// <summary>Gets or sets what partial compliance counts as in paired comparisons.</summary>
    /// <value>The default value is <see cref="PartialCompliancePolicy.CountAsRefusal"/>.</value>
    public PartialCompliancePolicy PartialCompliance { get; set; } = PartialCompliancePolicy.CountAsRefusal;
}
