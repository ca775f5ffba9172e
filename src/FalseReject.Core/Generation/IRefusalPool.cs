namespace FalseReject;

/// <summary>
/// Sends a candidate prompt to several target models and judges each answer, to find out whether real models refuse it.
/// </summary>
/// <remarks>Implementations must be safe to call concurrently.</remarks>
public interface IRefusalPool
{
    /// <summary>Gets the names of the pool members, in the order they are asked.</summary>
    IReadOnlyList<string> MemberNames { get; }

    /// <summary>
    /// Sends one candidate to the pool and judges the answers.
    /// </summary>
    /// <param name="candidate">The candidate as a case; its prompt is sent to each member.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>Each member's answer and label, and whether enough members refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    ValueTask<RefusalPoolResult> ProbeAsync(OverRefusalCase candidate, CancellationToken cancellationToken = default);
}
