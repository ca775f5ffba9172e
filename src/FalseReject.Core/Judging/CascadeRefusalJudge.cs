namespace FalseReject;

/// <summary>
/// Provides a judge that asks a sequence of judges in turn and returns the first verdict that is not
/// <see cref="RefusalOutcome.Undecided"/>, such as provider signal, then rules, then a model.
/// </summary>
/// <remarks>This type is thread safe when its judges are.</remarks>
public sealed class CascadeRefusalJudge : IRefusalJudge
{
    private readonly IRefusalJudge[] _judges;

    /// <summary>
    /// Initializes a new instance of the <see cref="CascadeRefusalJudge"/> class.
    /// </summary>
    /// <param name="judges">The judges, asked in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="judges"/> is <see langword="null"/> or contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="judges"/> is empty.</exception>
    public CascadeRefusalJudge(params IEnumerable<IRefusalJudge> judges)
    {
        ArgumentNullException.ThrowIfNull(judges);

        _judges = [.. judges];
        if (_judges.Length == 0)
        {
            throw new ArgumentException("A cascade needs at least one judge.", nameof(judges));
        }

        if (Array.Exists(_judges, judge => judge is null))
        {
            throw new ArgumentNullException(nameof(judges), "A cascade's judges cannot be null.");
        }
    }

    /// <inheritdoc />
    public async ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var abstentions = new List<string>(_judges.Length);
        RefusalVerdict? last = null;
        foreach (var judge in _judges)
        {
            last = await judge.JudgeAsync(request, cancellationToken).ConfigureAwait(false);
            if (last.Outcome != RefusalOutcome.Undecided)
            {
                return last;
            }

            abstentions.Add($"{last.Judge}: {last.Rationale}");
        }

        return last! with { Rationale = "No judge decided. " + string.Join(" | ", abstentions) };
    }
}
