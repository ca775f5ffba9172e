using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the choice of the most representative candidate entity list by an ensemble of voter models.
/// </summary>
/// <remarks>
/// <para>Each voter receives the seed and the numbered candidates and returns one number. The candidate with the most votes
/// wins (plurality). Ties go to the tied candidate with the highest agreement, and then to the lowest index. The
/// agreement of a candidate is, summed over its entities, the number of other candidates that contain the same entity.</para>
/// <para>A voter whose calls fail or whose replies cannot be parsed after the retries is recorded with its error and raw
/// output and counts for nothing. When every voter fails, the candidate with the highest agreement is chosen, then the lowest index.</para>
/// <para>No voter is called when there is at most one candidate or when every candidate holds the same set of entities.
/// Voters run concurrently. This type is thread safe when the voters' clients are.</para>
/// </remarks>
public sealed class LlmEntityListSelector : IEntityListSelector
{
    private const string Stage = "selection";

    private readonly IReadOnlyList<EntityListVoter> _voters;
    private readonly EntityExtractionOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="LlmEntityListSelector"/> class.
    /// </summary>
    /// <param name="voters">The voter models; at least one.</param>
    /// <param name="options">The extraction options, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="voters"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="voters"/> is empty.</exception>
    public LlmEntityListSelector(IEnumerable<EntityListVoter> voters, EntityExtractionOptions? options = null, ILogger<LlmEntityListSelector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(voters);

        var list = voters.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("The ensemble needs at least one voter.", nameof(voters));
        }

        foreach (var voter in list)
        {
            ArgumentNullException.ThrowIfNull(voter, nameof(voters));
        }

        _voters = list;
        _options = options ?? new EntityExtractionOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Gets the voters, in the order their votes are recorded.</summary>
    public IReadOnlyList<EntityListVoter> Voters => _voters;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> or <paramref name="candidates"/> is <see langword="null"/>.</exception>
    public async ValueTask<EntitySelection> SelectAsync(SeedPrompt seed, IReadOnlyList<IReadOnlyList<Entity>> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(candidates);

        var selection = await SelectCoreAsync(seed, candidates, cancellationToken).ConfigureAwait(false);
        GraphLog.EntityListSelected(_logger, seed.Id, selection.SelectedIndex, selection.Method);
        return selection;
    }

    private async Task<EntitySelection> SelectCoreAsync(SeedPrompt seed, IReadOnlyList<IReadOnlyList<Entity>> candidates, CancellationToken cancellationToken)
    {
        switch (candidates.Count)
        {
            case 0:
                return new EntitySelection(-1, [], EntitySelectionMethod.NoCandidates, []);
            case 1:
                return new EntitySelection(0, candidates[0], EntitySelectionMethod.SingleCandidate, []);
        }

        if (EntityListAgreement.AllIdentical(candidates))
        {
            return new EntitySelection(0, candidates[0], EntitySelectionMethod.IdenticalCandidates, []);
        }

        var request = FormatRequest(seed, candidates);
        var votes = await Task.WhenAll(_voters.Select(voter => VoteAsync(voter, seed, request, candidates.Count, cancellationToken))).ConfigureAwait(false);
        var (index, method) = Tally(votes, candidates);
        if (method == EntitySelectionMethod.Fallback)
        {
            GraphLog.AllVotersFailed(_logger, seed.Id);
        }

        return new EntitySelection(index, candidates[index], method, votes);
    }

    // Plurality, ties broken by agreement and then by index; every voter failed: agreement, then index.
    internal static (int Index, EntitySelectionMethod Method) Tally(IReadOnlyList<EntityListVote> votes, IReadOnlyList<IReadOnlyList<Entity>> candidates)
    {
        var counts = new int[candidates.Count];
        foreach (var vote in votes)
        {
            if (vote.Choice is { } choice && choice >= 0 && choice < counts.Length)
            {
                counts[choice]++;
            }
        }

        var maxVotes = counts.Max();
        var agreement = EntityListAgreement.Scores(candidates);
        if (maxVotes == 0)
        {
            return (ArgMax(Enumerable.Range(0, candidates.Count), agreement), EntitySelectionMethod.Fallback);
        }

        var leaders = Enumerable.Range(0, counts.Length).Where(i => counts[i] == maxVotes).ToArray();
        return leaders.Length == 1
            ? (leaders[0], EntitySelectionMethod.Plurality)
            : (ArgMax(leaders, agreement), EntitySelectionMethod.TieBreak);
    }

    // The first index with the highest score, so ties go to the lowest index.
    private static int ArgMax(IEnumerable<int> indexes, int[] scores)
    {
        var best = -1;
        foreach (var index in indexes)
        {
            if (best < 0 || scores[index] > scores[best])
            {
                best = index;
            }
        }

        return best;
    }

    private async Task<EntityListVote> VoteAsync(EntityListVoter voter, SeedPrompt seed, string request, int candidateCount, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, GraphPrompts.EntityListVote),
            new(ChatRole.User, request),
        };
        var failures = new List<ExtractionFailure>();
        var (choice, lastOutput) = await StructuredChatCall.RunAsync<object>(
            voter.ChatClient,
            messages,
            attempt => StructuredChatCall.CreateOptions(_options, 0f, _options.Seed is null ? null : _options.Seed + attempt),
            (string output, out object? value, out string error) =>
            {
                var parsed = ExtractionJson.TryParseChoice(output, candidateCount, out var number, out error);
                value = number;
                return parsed;
            },
            _options.MaxRetries,
            Stage,
            seed.Id,
            voter.Name,
            failures,
            _logger,
            cancellationToken).ConfigureAwait(false);
        if (choice is int index)
        {
            return new EntityListVote(voter.Name, index);
        }

        var lastFailure = failures.LastOrDefault();
        return new EntityListVote(voter.Name, null)
        {
            Error = lastFailure?.Error ?? "The voter returned no choice.",
            RawOutput = lastOutput,
        };
    }

    private static string FormatRequest(SeedPrompt seed, IReadOnlyList<IReadOnlyList<Entity>> candidates)
    {
        var builder = new StringBuilder();
        builder.Append("Prompt: ").AppendLine(seed.Text);
        for (var i = 0; i < candidates.Count; i++)
        {
            builder.AppendLine().Append("List ").Append(i + 1).AppendLine(":");
            foreach (var entity in candidates[i])
            {
                builder.Append("- ").Append(entity.Name).Append(" (").Append(entity.Type).AppendLine(")");
            }

            if (candidates[i].Count == 0)
            {
                builder.AppendLine("(no entities)");
            }
        }

        return builder.ToString();
    }
}
