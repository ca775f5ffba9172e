namespace FalseReject;

/// <summary>
/// Represents a pass, a fail or no decision from the discriminator or the orchestrator, with the reason.
/// </summary>
/// <remarks>
/// For the discriminator, passing means the candidate only appears unsafe; for the orchestrator, it means the
/// candidate is a valid over-refusal case. A role that could not decide returns <see cref="Passed"/> as
/// <see langword="null"/> with its raw output, never a guessed decision.
/// </remarks>
public sealed record RoleVerdict
{
    /// <summary>Gets whether the candidate passed, or <see langword="null"/> when the role could not decide.</summary>
    public bool? Passed { get; init; }

    /// <summary>Gets the critique or reason behind the decision.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets why no decision was reached, such as output that did not parse twice.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the raw model output, kept when it could not be parsed.</summary>
    public string? RawOutput { get; init; }

    /// <summary>Gets the calls and tokens spent.</summary>
    public RoleUsage Usage { get; init; } = RoleUsage.None;

    /// <summary>
    /// Creates a verdict with no decision that keeps the evidence.
    /// </summary>
    /// <param name="error">Why no decision was reached.</param>
    /// <param name="rawOutput">The raw model output, if any.</param>
    /// <param name="usage">The calls and tokens spent.</param>
    /// <returns>A verdict whose <see cref="Passed"/> is <see langword="null"/>.</returns>
    public static RoleVerdict Undecided(string error, string? rawOutput, RoleUsage usage) =>
        new() { Error = error, RawOutput = rawOutput, Usage = usage };
}
