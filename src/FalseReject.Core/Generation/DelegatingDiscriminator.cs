namespace FalseReject;

/// <summary>
/// Provides a base class for decorators of <see cref="IDiscriminator"/>, such as logging or caching wrappers.
/// </summary>
public abstract class DelegatingDiscriminator : IDiscriminator
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingDiscriminator"/> class.
    /// </summary>
    /// <param name="inner">The wrapped implementation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is <see langword="null"/>.</exception>
    protected DelegatingDiscriminator(IDiscriminator inner)
    {
        ArgumentNullException.ThrowIfNull(inner);

        Inner = inner;
    }

    /// <summary>Gets the wrapped implementation.</summary>
    protected IDiscriminator Inner { get; }

    /// <inheritdoc />
    public virtual ValueTask<RoleVerdict> DiscriminateAsync(DiscriminationRequest request, CancellationToken cancellationToken = default) =>
        Inner.DiscriminateAsync(request, cancellationToken);
}
