namespace FalseReject.Testing;

/// <summary>
/// Represents one scripted answer of the loopback server: a completion, an HTTP error, an empty body or a slow reply.
/// </summary>
public sealed record ScriptedReply
{
    /// <summary>Gets the completion text sent as the assistant message.</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>Gets the finish reason, such as <c>stop</c> or <c>content_filter</c>.</summary>
    public string FinishReason { get; init; } = "stop";

    /// <summary>Gets the HTTP status; anything but 200 sends an OpenAI-style error body.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Gets the error code in the error body, such as <c>content_filter</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the value of the <c>retry-after</c> header in seconds, or <see langword="null"/> for none.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Gets a value indicating whether the server answers 200 with an empty body.</summary>
    public bool EmptyBody { get; init; }

    /// <summary>Gets how long the server waits before answering.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Creates a successful completion.</summary>
    public static ScriptedReply Text(string content, string finishReason = "stop") => new() { Content = content, FinishReason = finishReason };

    /// <summary>Creates an HTTP error reply.</summary>
    public static ScriptedReply Error(int statusCode, string? errorCode = null, int? retryAfterSeconds = null) =>
        new() { StatusCode = statusCode, ErrorCode = errorCode, RetryAfterSeconds = retryAfterSeconds };
}
