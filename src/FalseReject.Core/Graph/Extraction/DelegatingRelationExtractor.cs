namespace FalseReject;

/// <summary>
/// Provides a base class for relation extractors that wrap another extractor, such as logging or filtering decorators.
/// </summary>
public abstract class DelegatingRelationExtractor : IRelationExtractor
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingRelationExtractor"/> class.
    /// </summary>
    /// <param name="innerExtractor">The wrapped extractor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerExtractor"/> is <see langword="null"/>.</exception>
    protected DelegatingRelationExtractor(IRelationExtractor innerExtractor)
    {
        ArgumentNullException.ThrowIfNull(innerExtractor);

        InnerExtractor = innerExtractor;
    }

    /// <summary>Gets the wrapped extractor.</summary>
    protected IRelationExtractor InnerExtractor { get; }

    /// <inheritdoc />
    public virtual ValueTask<RelationExtraction> ExtractAsync(SeedPrompt seed, IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default) =>
        InnerExtractor.ExtractAsync(seed, entities, cancellationToken);
}
