namespace FalseReject;

/// <summary>
/// Represents how many results fell into each outcome.
/// </summary>
public sealed record OutcomeCounts
{
    /// <summary>Gets the number of full-compliance verdicts.</summary>
    public long FullCompliance { get; init; }

    /// <summary>Gets the number of partial-compliance verdicts.</summary>
    public long PartialCompliance { get; init; }

    /// <summary>Gets the number of full-refusal verdicts.</summary>
    public long FullRefusal { get; init; }

    /// <summary>Gets the number of responses the provider blocked.</summary>
    public long ProviderBlocked { get; init; }

    /// <summary>Gets the number of failed calls.</summary>
    public long TargetError { get; init; }

    /// <summary>Gets the number of responses no judge could decide.</summary>
    public long Undecided { get; init; }

    /// <summary>Gets the number of verdicts: the denominator of every rate.</summary>
    public long Judged => FullCompliance + PartialCompliance + FullRefusal;

    /// <summary>Gets the number of results of any outcome.</summary>
    public long Total => Judged + ProviderBlocked + TargetError + Undecided;

    /// <summary>
    /// Returns the count of one outcome.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public long this[RefusalOutcome outcome] => outcome switch
    {
        RefusalOutcome.FullCompliance => FullCompliance,
        RefusalOutcome.PartialCompliance => PartialCompliance,
        RefusalOutcome.FullRefusal => FullRefusal,
        RefusalOutcome.ProviderBlocked => ProviderBlocked,
        RefusalOutcome.TargetError => TargetError,
        _ => Undecided,
    };

    /// <summary>
    /// Returns a copy with one more result of an outcome.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The new counts.</returns>
    public OutcomeCounts Add(RefusalOutcome outcome) => outcome switch
    {
        RefusalOutcome.FullCompliance => this with { FullCompliance = FullCompliance + 1 },
        RefusalOutcome.PartialCompliance => this with { PartialCompliance = PartialCompliance + 1 },
        RefusalOutcome.FullRefusal => this with { FullRefusal = FullRefusal + 1 },
        RefusalOutcome.ProviderBlocked => this with { ProviderBlocked = ProviderBlocked + 1 },
        RefusalOutcome.TargetError => this with { TargetError = TargetError + 1 },
        _ => this with { Undecided = Undecided + 1 },
    };

    /// <summary>
    /// Returns the sum of two sets of counts.
    /// </summary>
    /// <param name="other">The other counts.</param>
    /// <returns>The sum.</returns>
    public OutcomeCounts Plus(OutcomeCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);

        return new()
        {
            FullCompliance = FullCompliance + other.FullCompliance,
            PartialCompliance = PartialCompliance + other.PartialCompliance,
            FullRefusal = FullRefusal + other.FullRefusal,
            ProviderBlocked = ProviderBlocked + other.ProviderBlocked,
            TargetError = TargetError + other.TargetError,
            Undecided = Undecided + other.Undecided,
        };
    }
}
