namespace FalseReject;

/// <summary>
/// Provides a base class for decorators of <see cref="IGenerator"/>, such as logging or caching wrappers.
/// </summary>
public abstract class DelegatingGenerator : IGenerator
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingGenerator"/> class.
    /// </summary>
    /// <param name="inner">The wrapped implementation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is <see langword="null"/>.</exception>
    protected DelegatingGenerator(IGenerator inner)
    {
        ArgumentNullException.ThrowIfNull(inner);

        Inner = inner;
    }

    /// <summary>Gets the wrapped implementation.</summary>
    protected IGenerator Inner { get; }

    /// <inheritdoc />
    public virtual ValueTask<GeneratedCandidate> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default) =>
        Inner.GenerateAsync(request, cancellationToken);
}
