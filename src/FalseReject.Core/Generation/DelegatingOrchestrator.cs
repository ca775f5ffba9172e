namespace FalseReject;

/// <summary>
/// Provides a base class for decorators of <see cref="IOrchestrator"/>, such as logging or caching wrappers.
/// </summary>
public abstract class DelegatingOrchestrator : IOrchestrator
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingOrchestrator"/> class.
    /// </summary>
    /// <param name="inner">The wrapped implementation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is <see langword="null"/>.</exception>
    protected DelegatingOrchestrator(IOrchestrator inner)
    {
        ArgumentNullException.ThrowIfNull(inner);

        Inner = inner;
    }

    /// <summary>Gets the wrapped implementation.</summary>
    protected IOrchestrator Inner { get; }

    /// <inheritdoc />
    public virtual ValueTask<RoleVerdict> EvaluateAsync(OrchestrationRequest request, CancellationToken cancellationToken = default) =>
        Inner.EvaluateAsync(request, cancellationToken);
}
