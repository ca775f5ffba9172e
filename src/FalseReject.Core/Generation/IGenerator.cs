namespace FalseReject;

/// <summary>
/// Proposes a candidate prompt that looks unsafe but is benign, aiming to trigger refusals, from a graph sample, a category and the feedback on earlier candidates.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently. Output that cannot be used is returned as a recorded
/// failure with its raw text, never as a guessed result; exceptions other than cancellation end the seed as failed.
/// </remarks>
public interface IGenerator
{
    /// <summary>
    /// Generates one candidate prompt.
    /// </summary>
    /// <param name="request">The sample, category and feedback of this round.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The candidate, or a failure that records why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<GeneratedCandidate> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default);
}
