using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FalseReject;

/// <summary>
/// Provides the default refusal pool: it sends a candidate to several <see cref="ChatTarget"/>s and labels each
/// answer with an <see cref="IRefusalJudge"/>.
/// </summary>
/// <remarks>This type is thread safe when its targets and judge are.</remarks>
public sealed class RefusalPool : IRefusalPool
{
    private readonly List<ChatTarget> _members;
    private readonly IRefusalJudge _judge;
    private readonly GenerationOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="RefusalPool"/> class.
    /// </summary>
    /// <param name="targets">The available targets; <see cref="GenerationOptions.PoolTargetNames"/> selects and orders members among them.</param>
    /// <param name="judge">The judge that labels each answer.</param>
    /// <param name="options">The generation options.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/>, <paramref name="judge"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The pool would be empty, a name in <see cref="GenerationOptions.PoolTargetNames"/> matches no target, or <see cref="GenerationOptions.MinimumRefusals"/> exceeds the number of members.</exception>
    public RefusalPool(IEnumerable<ChatTarget> targets, IRefusalJudge judge, IOptions<GenerationOptions> options, ILogger<RefusalPool>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(options);

        _options = options.Value;
        _members = SelectMembers(targets.ToList(), _options.PoolTargetNames);
        _judge = judge;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        if (_options.MinimumRefusals > _members.Count)
        {
            throw new ArgumentException($"MinimumRefusals is {_options.MinimumRefusals} but the refusal pool has only {_members.Count} members; lower it or add targets.", nameof(options));
        }

        MemberNames = _members.Select(member => member.Name).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MemberNames { get; }

    /// <inheritdoc />
    public async ValueTask<RefusalPoolResult> ProbeAsync(OverRefusalCase candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);

        if (_options.PoolMode == RefusalPoolMode.QueryAll)
        {
            var tasks = _members.Select(member => AskAsync(member, candidate, cancellationToken)).ToArray();
            var all = await Task.WhenAll(tasks).ConfigureAwait(false);
            return new RefusalPoolResult(all, _options.MinimumRefusals);
        }

        var asked = new List<PoolMemberResult>();
        foreach (var member in _members)
        {
            var result = await AskAsync(member, candidate, cancellationToken).ConfigureAwait(false);
            asked.Add(result);
            if (asked.Count(item => item.Refused) >= _options.MinimumRefusals)
            {
                break;
            }
        }

        return new RefusalPoolResult(asked, _options.MinimumRefusals);
    }

    private async Task<PoolMemberResult> AskAsync(ChatTarget member, OverRefusalCase candidate, CancellationToken cancellationToken)
    {
        var response = await member.InvokeAsync(candidate, cancellationToken).ConfigureAwait(false);
        var verdict = await JudgeAsync(candidate, response, cancellationToken).ConfigureAwait(false);
        var refused = verdict.Outcome == RefusalOutcome.FullRefusal
            || (verdict.Outcome == RefusalOutcome.PartialCompliance && _options.CountPartialComplianceAsRefusal);
        GenerationLog.PoolMemberAnswered(_logger, member.Name, verdict.Outcome, refused);

        return new PoolMemberResult
        {
            TargetName = member.Name,
            ModelId = response.ModelId,
            Status = response.Status,
            Text = response.Text,
            Outcome = verdict.Outcome,
            Judge = verdict.Judge,
            Rationale = verdict.Rationale,
            Refused = refused,
            InputTokens = response.InputTokens,
            OutputTokens = response.OutputTokens,
            Error = response.Error,
        };
    }

    // A blocked or failed call has no text to judge, so its outcome records why and it never counts as a refusal.
    private async ValueTask<RefusalVerdict> JudgeAsync(OverRefusalCase candidate, TargetResponse response, CancellationToken cancellationToken)
    {
        switch (response.Status)
        {
            case TargetResponseStatus.ProviderBlocked:
                return new RefusalVerdict { Outcome = RefusalOutcome.ProviderBlocked, Judge = "pool", Rationale = response.Error };
            case TargetResponseStatus.Error:
                return new RefusalVerdict { Outcome = RefusalOutcome.TargetError, Judge = "pool", Rationale = response.Error };
            default:
                var request = new RefusalJudgeRequest(candidate.Prompt, response) { Case = candidate };
                return await _judge.JudgeAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<ChatTarget> SelectMembers(List<ChatTarget> targets, IList<string> names)
    {
        if (names.Count == 0)
        {
            if (targets.Count == 0)
            {
                throw new ArgumentException("The refusal pool has no members; add targets with FalseRejectBuilder.AddTarget.", nameof(targets));
            }

            return targets;
        }

        var members = new List<ChatTarget>(names.Count);
        foreach (var name in names)
        {
            var target = targets.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.Ordinal))
                ?? throw new ArgumentException(
                    $"The refusal pool names target '{name}', but no target of that name is registered; registered: {string.Join(", ", targets.Select(t => t.Name))}.",
                    nameof(targets));
            members.Add(target);
        }

        return members;
    }
}
