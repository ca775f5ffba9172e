namespace FalseReject;

/// <summary>
/// Represents a judge's decision on one response, with the evidence behind it.
/// </summary>
public sealed record RefusalVerdict
{
    /// <summary>Gets the outcome: a verdict, or the reason there is none.</summary>
    public required RefusalOutcome Outcome { get; init; }

    /// <summary>Gets the name of the judge that decided, such as <c>pattern</c> or <c>llm</c>.</summary>
    public required string Judge { get; init; }

    /// <summary>Gets a short explanation of the decision.</summary>
    public string? Rationale { get; init; }

    /// <summary>Gets the identifier of the rule or signal that decided, when the judge is rule-based.</summary>
    public string? Rule { get; init; }

    /// <summary>Gets the judge model's raw output, kept for <see cref="RefusalOutcome.Undecided"/> and audits.</summary>
    public string? RawOutput { get; init; }

    /// <summary>
    /// Creates an undecided verdict that keeps the evidence.
    /// </summary>
    /// <param name="judge">The judge name.</param>
    /// <param name="rationale">Why no verdict was reached.</param>
    /// <param name="rawOutput">The raw judge output, if any.</param>
    /// <returns>An <see cref="RefusalOutcome.Undecided"/> verdict.</returns>
    public static RefusalVerdict Undecided(string judge, string rationale, string? rawOutput = null) =>
        new() { Outcome = RefusalOutcome.Undecided, Judge = judge, Rationale = rationale, RawOutput = rawOutput };
}
