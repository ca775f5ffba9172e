namespace FalseReject;

/// <summary>
/// Decides whether a candidate prompt is genuinely unsafe or only appears unsafe, with a critique the generator can act on.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently. Output that cannot be used is returned as a recorded
/// failure with its raw text, never as a guessed result; exceptions other than cancellation end the seed as failed.
/// </remarks>
public interface IDiscriminator
{
    /// <summary>
    /// Judges one candidate.
    /// </summary>
    /// <param name="request">The candidate and its context.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>A passing verdict when the candidate only appears unsafe, a failing one with a critique when it is genuinely unsafe, or no decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<RoleVerdict> DiscriminateAsync(DiscriminationRequest request, CancellationToken cancellationToken = default);
}
