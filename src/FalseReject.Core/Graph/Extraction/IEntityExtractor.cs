namespace FalseReject;

/// <summary>
/// Provides extraction of the entities that carry a seed prompt's safety concern, as several candidate lists.
/// </summary>
public interface IEntityExtractor
{
    /// <summary>
    /// Extracts candidate entity lists from one seed. Implementations record failures in the result instead of throwing, except for cancellation.
    /// </summary>
    /// <param name="seed">The seed prompt.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The candidate lists and the failed attempts.</returns>
    ValueTask<EntityExtraction> ExtractAsync(SeedPrompt seed, CancellationToken cancellationToken = default);
}
