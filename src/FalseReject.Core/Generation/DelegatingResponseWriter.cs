namespace FalseReject;

/// <summary>
/// Provides a base class for decorators of <see cref="IResponseWriter"/>, such as logging or caching wrappers.
/// </summary>
public abstract class DelegatingResponseWriter : IResponseWriter
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingResponseWriter"/> class.
    /// </summary>
    /// <param name="inner">The wrapped implementation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is <see langword="null"/>.</exception>
    protected DelegatingResponseWriter(IResponseWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);

        Inner = inner;
    }

    /// <summary>Gets the wrapped implementation.</summary>
    protected IResponseWriter Inner { get; }

    /// <inheritdoc />
    public virtual ValueTask<GeneratedResponses> WriteAsync(AcceptedPrompt request, CancellationToken cancellationToken = default) =>
        Inner.WriteAsync(request, cancellationToken);
}
