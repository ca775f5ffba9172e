namespace FalseReject;

/// <summary>
/// Represents what a target model returned for one case: the text, how the call ended, token usage and latency.
/// </summary>
public sealed record TargetResponse
{
    /// <summary>Gets the response text; empty when the call failed or was blocked.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Gets how the call ended. The default value is <see cref="TargetResponseStatus.Completed"/>.</summary>
    public TargetResponseStatus Status { get; init; } = TargetResponseStatus.Completed;

    /// <summary>Gets the provider's finish reason, such as <c>stop</c>, <c>length</c> or <c>content_filter</c>.</summary>
    public string? FinishReason { get; init; }

    /// <summary>Gets the model identifier the provider reported, or <see langword="null"/>.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets the number of input tokens, or <see langword="null"/> when the provider did not report it.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Gets the number of output tokens, or <see langword="null"/> when the provider did not report it.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Gets the wall-clock time of the call, including retries.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Gets the error message when <see cref="Status"/> is not <see cref="TargetResponseStatus.Completed"/>.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Creates a completed response holding only text, as read from a file of recorded responses.
    /// </summary>
    /// <param name="text">The response text.</param>
    /// <returns>A completed response.</returns>
    public static TargetResponse FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return new TargetResponse { Text = text };
    }
}
