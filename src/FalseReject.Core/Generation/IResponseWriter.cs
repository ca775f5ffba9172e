namespace FalseReject;

/// <summary>
/// Writes the fine-tuning responses to an accepted prompt: a standard response that names the possible readings, answers the safe one thoroughly, explains the caution about the risky one and closes, and a reasoning response of the same shape preceded by a reasoning trace.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently. Output that cannot be used is returned as a recorded
/// failure with its raw text, never as a guessed result; exceptions other than cancellation end the seed as failed.
/// </remarks>
public interface IResponseWriter
{
    /// <summary>
    /// Writes both responses to one prompt.
    /// </summary>
    /// <param name="request">The accepted prompt and its category.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The responses; a response that could not be written is missing and the error says why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<GeneratedResponses> WriteAsync(AcceptedPrompt request, CancellationToken cancellationToken = default);
}
