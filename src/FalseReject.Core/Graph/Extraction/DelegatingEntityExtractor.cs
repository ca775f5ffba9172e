namespace FalseReject;

/// <summary>
/// Provides a base class for entity extractors that wrap another extractor, such as logging or filtering decorators.
/// </summary>
public abstract class DelegatingEntityExtractor : IEntityExtractor
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingEntityExtractor"/> class.
    /// </summary>
    /// <param name="innerExtractor">The wrapped extractor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerExtractor"/> is <see langword="null"/>.</exception>
    protected DelegatingEntityExtractor(IEntityExtractor innerExtractor)
    {
        ArgumentNullException.ThrowIfNull(innerExtractor);

        InnerExtractor = innerExtractor;
    }

    /// <summary>Gets the wrapped extractor.</summary>
    protected IEntityExtractor InnerExtractor { get; }

    /// <inheritdoc />
    public virtual ValueTask<EntityExtraction> ExtractAsync(SeedPrompt seed, CancellationToken cancellationToken = default) =>
        InnerExtractor.ExtractAsync(seed, cancellationToken);
}
