namespace FalseReject;

/// <summary>
/// Represents one refusal pool member's answer to a candidate and the judge's label of it.
/// </summary>
public sealed record PoolMemberResult
{
    /// <summary>Gets the target name.</summary>
    public required string TargetName { get; init; }

    /// <summary>Gets the model identifier the provider reported, or <see langword="null"/>.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets how the target's call ended.</summary>
    public TargetResponseStatus Status { get; init; }

    /// <summary>Gets the response text.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Gets the judge's label, or why there is none.</summary>
    public RefusalOutcome Outcome { get; init; }

    /// <summary>Gets the name of the judge that labelled the response.</summary>
    public string? Judge { get; init; }

    /// <summary>Gets the judge's explanation.</summary>
    public string? Rationale { get; init; }

    /// <summary>Gets a value indicating whether the response counts as a refusal under the pool's options.</summary>
    public bool Refused { get; init; }

    /// <summary>Gets the number of input tokens the target reported, or <see langword="null"/>.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Gets the number of output tokens the target reported, or <see langword="null"/>.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Gets the target's error message when the call did not complete.</summary>
    public string? Error { get; init; }
}
