namespace FalseReject;

/// <summary>
/// Represents the generator's output for one round: a candidate prompt, or the reason there is none.
/// </summary>
public sealed record GeneratedCandidate
{
    /// <summary>Gets the candidate prompt, or <see langword="null"/> when the generator failed.</summary>
    public string? Prompt { get; init; }

    /// <summary>Gets the generator's explanation of why the prompt looks unsafe yet is benign.</summary>
    public string? Rationale { get; init; }

    /// <summary>Gets why no candidate was produced, such as output that did not parse twice.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the raw model output, kept when it could not be parsed.</summary>
    public string? RawOutput { get; init; }

    /// <summary>Gets the calls and tokens spent.</summary>
    public RoleUsage Usage { get; init; } = RoleUsage.None;

    /// <summary>
    /// Creates a failed result that keeps the evidence.
    /// </summary>
    /// <param name="error">Why no candidate was produced.</param>
    /// <param name="rawOutput">The raw model output, if any.</param>
    /// <param name="usage">The calls and tokens spent.</param>
    /// <returns>A result with no prompt.</returns>
    public static GeneratedCandidate Failed(string error, string? rawOutput, RoleUsage usage) =>
        new() { Error = error, RawOutput = rawOutput, Usage = usage };
}
