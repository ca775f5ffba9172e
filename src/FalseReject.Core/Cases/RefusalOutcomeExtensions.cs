namespace FalseReject;

/// <summary>
/// Provides helpers over <see cref="RefusalOutcome"/> and its wire names.
/// </summary>
public static class RefusalOutcomeExtensions
{
    /// <summary>
    /// Returns whether the outcome is one of the three verdicts.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns><see langword="true"/> for full compliance, partial compliance and full refusal.</returns>
    public static bool IsVerdict(this RefusalOutcome outcome) =>
        outcome is RefusalOutcome.FullCompliance or RefusalOutcome.PartialCompliance or RefusalOutcome.FullRefusal;

    /// <summary>
    /// Returns the snake_case wire name, such as <c>full_compliance</c>.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The wire name written to JSON, CSV and reports.</returns>
    public static string ToWireName(this RefusalOutcome outcome) => outcome switch
    {
        RefusalOutcome.FullCompliance => "full_compliance",
        RefusalOutcome.PartialCompliance => "partial_compliance",
        RefusalOutcome.FullRefusal => "full_refusal",
        RefusalOutcome.ProviderBlocked => "provider_blocked",
        RefusalOutcome.TargetError => "target_error",
        RefusalOutcome.Undecided => "undecided",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown refusal outcome."),
    };

    /// <summary>
    /// Parses a wire name or a common label spelling, including XSTest's <c>1_full_compliance</c>,
    /// <c>2_full_refusal</c> and <c>3_partial_refusal</c>.
    /// </summary>
    /// <param name="value">The label text.</param>
    /// <param name="outcome">The parsed outcome.</param>
    /// <returns><see langword="true"/> when the label was recognised.</returns>
    public static bool TryParseLabel(string? value, out RefusalOutcome outcome)
    {
        var normalized = (value ?? string.Empty).Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        if (normalized.Length > 2 && char.IsDigit(normalized[0]) && normalized[1] == '_')
        {
            normalized = normalized[2..];
        }

        outcome = normalized switch
        {
            "full_compliance" or "compliance" or "complied" => RefusalOutcome.FullCompliance,
            "partial_compliance" or "partial_refusal" or "partial" or "safe_partial_compliance" => RefusalOutcome.PartialCompliance,
            "full_refusal" or "refusal" or "refused" => RefusalOutcome.FullRefusal,
            "provider_blocked" => RefusalOutcome.ProviderBlocked,
            "target_error" => RefusalOutcome.TargetError,
            "undecided" => RefusalOutcome.Undecided,
            _ => (RefusalOutcome)(-1),
        };

        return Enum.IsDefined(outcome);
    }
}
