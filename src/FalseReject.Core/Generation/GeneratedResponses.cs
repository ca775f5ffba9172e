using System.Text.Json.Serialization;

namespace FalseReject;

/// <summary>
/// Represents the two fine-tuning responses to an accepted prompt: a standard response, and a reasoning trace with a final answer.
/// </summary>
public sealed record GeneratedResponses
{
    /// <summary>Gets the standard response, or <see langword="null"/> when it could not be written.</summary>
    public string? InstructResponse { get; init; }

    /// <summary>Gets the reasoning trace of the reasoning response, or <see langword="null"/> when it could not be written.</summary>
    public string? Reasoning { get; init; }

    /// <summary>Gets the final answer of the reasoning response, or <see langword="null"/> when it could not be written.</summary>
    public string? FinalAnswer { get; init; }

    /// <summary>Gets why a response is missing, or <see langword="null"/> when both were written.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the raw model output of a response that could not be parsed.</summary>
    public string? RawOutput { get; init; }

    /// <summary>Gets the calls and tokens spent on both responses.</summary>
    public RoleUsage Usage { get; init; } = RoleUsage.None;

    /// <summary>Gets a value indicating whether both the standard and the reasoning response are present.</summary>
    [JsonIgnore]
    public bool IsComplete => InstructResponse is not null && Reasoning is not null && FinalAnswer is not null;
}
