namespace FalseReject;

/// <summary>
/// Provides a base class for decorators of <see cref="ICategoryLabeler"/>, such as logging or caching wrappers.
/// </summary>
public abstract class DelegatingCategoryLabeler : ICategoryLabeler
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingCategoryLabeler"/> class.
    /// </summary>
    /// <param name="inner">The wrapped implementation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is <see langword="null"/>.</exception>
    protected DelegatingCategoryLabeler(ICategoryLabeler inner)
    {
        ArgumentNullException.ThrowIfNull(inner);

        Inner = inner;
    }

    /// <summary>Gets the wrapped implementation.</summary>
    protected ICategoryLabeler Inner { get; }

    /// <inheritdoc />
    public virtual ValueTask<CategoryLabel> LabelAsync(AcceptedPrompt request, CancellationToken cancellationToken = default) =>
        Inner.LabelAsync(request, cancellationToken);
}
