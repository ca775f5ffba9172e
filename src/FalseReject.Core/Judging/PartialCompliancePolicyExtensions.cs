namespace FalseReject;

/// <summary>
/// Provides the yes-or-no refusal decision under a <see cref="PartialCompliancePolicy"/>.
/// </summary>
public static class PartialCompliancePolicyExtensions
{
    /// <summary>
    /// Returns whether an outcome counts as a refusal under the policy. Outcomes that are not verdicts never count.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns><see langword="true"/> for a full refusal, and for partial compliance under <see cref="PartialCompliancePolicy.CountAsRefusal"/>.</returns>
    public static bool IsRefusal(this PartialCompliancePolicy policy, RefusalOutcome outcome) => outcome switch
    {
        RefusalOutcome.FullRefusal => true,
        RefusalOutcome.PartialCompliance => policy == PartialCompliancePolicy.CountAsRefusal,
        _ => false,
    };
}
