namespace FalseReject;

/// <summary>
/// Provides the choice of the most representative of several candidate entity lists extracted from one seed.
/// </summary>
public interface IEntityListSelector
{
    /// <summary>
    /// Chooses one candidate list. Implementations record failed voters in the result instead of throwing, except for cancellation.
    /// </summary>
    /// <param name="seed">The seed prompt the candidates came from.</param>
    /// <param name="candidates">The candidate lists.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The chosen list and every vote.</returns>
    ValueTask<EntitySelection> SelectAsync(SeedPrompt seed, IReadOnlyList<IReadOnlyList<Entity>> candidates, CancellationToken cancellationToken = default);
}
