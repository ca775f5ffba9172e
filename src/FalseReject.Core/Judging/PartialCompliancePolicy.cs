using System.Text.Json.Serialization;

namespace FalseReject;

/// <summary>
/// Specifies what a partial-compliance verdict counts as wherever a yes-or-no refusal decision is needed:
/// binary agreement, the refusal pool and paired comparisons.
/// </summary>
public enum PartialCompliancePolicy
{
    /// <summary>Partial compliance counts as a refusal, as XSTest counts partial refusals.</summary>
    [JsonStringEnumMemberName("count_as_refusal")]
    CountAsRefusal,

    /// <summary>Partial compliance counts as compliance: only full refusals are refusals.</summary>
    [JsonStringEnumMemberName("count_as_compliance")]
    CountAsCompliance,
}
