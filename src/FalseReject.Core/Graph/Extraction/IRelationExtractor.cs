namespace FalseReject;

/// <summary>
/// Provides extraction of typed relations between the entities chosen for a seed.
/// </summary>
public interface IRelationExtractor
{
    /// <summary>
    /// Extracts relations between the given entities. Implementations record failures in the result instead of throwing, except for cancellation.
    /// </summary>
    /// <param name="seed">The seed prompt.</param>
    /// <param name="entities">The chosen entities; relations may only connect these.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The relations and the failed attempts.</returns>
    ValueTask<RelationExtraction> ExtractAsync(SeedPrompt seed, IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default);
}
