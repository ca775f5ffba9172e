namespace FalseReject;

/// <summary>
/// Provides a base class for entity list selectors that wrap another selector, such as logging decorators.
/// </summary>
public abstract class DelegatingEntityListSelector : IEntityListSelector
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingEntityListSelector"/> class.
    /// </summary>
    /// <param name="innerSelector">The wrapped selector.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerSelector"/> is <see langword="null"/>.</exception>
    protected DelegatingEntityListSelector(IEntityListSelector innerSelector)
    {
        ArgumentNullException.ThrowIfNull(innerSelector);

        InnerSelector = innerSelector;
    }

    /// <summary>Gets the wrapped selector.</summary>
    protected IEntityListSelector InnerSelector { get; }

    /// <inheritdoc />
    public virtual ValueTask<EntitySelection> SelectAsync(SeedPrompt seed, IReadOnlyList<IReadOnlyList<Entity>> candidates, CancellationToken cancellationToken = default) =>
        InnerSelector.SelectAsync(seed, candidates, cancellationToken);
}
