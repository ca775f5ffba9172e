namespace FalseReject;

/// <summary>
/// Represents one target's answer to one case and its verdict: one line of a benchmark's JSONL results.
/// </summary>
public sealed record CaseResult
{
    /// <summary>Gets the target name.</summary>
    public required string Target { get; init; }

    /// <summary>Gets the case.</summary>
    public required OverRefusalCase Case { get; init; }

    /// <summary>Gets the target's response.</summary>
    public required TargetResponse Response { get; init; }

    /// <summary>Gets the verdict, or the outcome that records why there is none.</summary>
    public required RefusalVerdict Verdict { get; init; }

    /// <summary>Gets when the result was recorded.</summary>
    public DateTimeOffset CompletedAt { get; init; }
}
