namespace FalseReject;

/// <summary>
/// Provides the first step of a judge cascade: the provider's own signal. A content-filter finish reason or a policy
/// error decides <see cref="RefusalOutcome.ProviderBlocked"/>; a failed call decides <see cref="RefusalOutcome.TargetError"/>;
/// anything else is left undecided for the next judge.
/// </summary>
/// <remarks>This type is thread safe.</remarks>
public sealed class ProviderSignalJudge : IRefusalJudge
{
    /// <summary>The judge name recorded in verdicts.</summary>
    public const string JudgeName = "provider";

    /// <inheritdoc />
    public ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = request.Response;
        var verdict = response.Status switch
        {
            TargetResponseStatus.ProviderBlocked => Blocked(response),
            TargetResponseStatus.Error => new RefusalVerdict { Outcome = RefusalOutcome.TargetError, Judge = JudgeName, Rationale = response.Error },
            _ when string.Equals(response.FinishReason, "content_filter", StringComparison.OrdinalIgnoreCase) => Blocked(response),
            _ => RefusalVerdict.Undecided(JudgeName, "The provider reported no block or error."),
        };
        return ValueTask.FromResult(verdict);
    }

    internal static RefusalVerdict Blocked(TargetResponse response) => new()
    {
        Outcome = RefusalOutcome.ProviderBlocked,
        Judge = JudgeName,
        Rule = "provider.content_filter",
        Rationale = response.Error ?? $"The provider stopped with finish reason '{response.FinishReason}'.",
    };
}
