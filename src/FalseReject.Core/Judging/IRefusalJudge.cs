namespace FalseReject;

/// <summary>
/// Decides whether a target's response complies with, partially complies with, or refuses a prompt.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently. A judge that cannot decide returns
/// <see cref="RefusalOutcome.Undecided"/> with its evidence instead of guessing, so a cascade can escalate.
/// </remarks>
public interface IRefusalJudge
{
    /// <summary>
    /// Judges one response.
    /// </summary>
    /// <param name="request">The prompt and response to judge.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The verdict, or an outcome that records why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default);
}
