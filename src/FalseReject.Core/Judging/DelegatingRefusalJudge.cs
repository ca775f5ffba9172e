namespace FalseReject;

/// <summary>
/// Provides a base class for judges that wrap another judge, such as logging or caching decorators.
/// </summary>
public abstract class DelegatingRefusalJudge : IRefusalJudge
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DelegatingRefusalJudge"/> class.
    /// </summary>
    /// <param name="innerJudge">The wrapped judge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerJudge"/> is <see langword="null"/>.</exception>
    protected DelegatingRefusalJudge(IRefusalJudge innerJudge)
    {
        ArgumentNullException.ThrowIfNull(innerJudge);

        InnerJudge = innerJudge;
    }

    /// <summary>Gets the wrapped judge.</summary>
    protected IRefusalJudge InnerJudge { get; }

    /// <inheritdoc />
    public virtual ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default) =>
        InnerJudge.JudgeAsync(request, cancellationToken);
}
