namespace FalseReject;

/// <summary>
/// Decides whether a candidate that some pool member refused is a valid over-refusal case: benign, yet concerning enough to trigger refusals.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently. Output that cannot be used is returned as a recorded
/// failure with its raw text, never as a guessed result; exceptions other than cancellation end the seed as failed.
/// </remarks>
public interface IOrchestrator
{
    /// <summary>
    /// Evaluates one candidate with the discriminator's and the pool's evidence.
    /// </summary>
    /// <param name="request">The candidate and the evidence gathered so far.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A passing verdict with the reason it is valid, a failing one with the reason it is not, or no decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<RoleVerdict> EvaluateAsync(OrchestrationRequest request, CancellationToken cancellationToken = default);
}
