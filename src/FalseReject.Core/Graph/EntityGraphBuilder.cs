using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FalseReject;

/// <summary>
/// Provides the entity graph pipeline: for each seed, extract candidate entity lists, vote for one, extract relations
/// between its entities, and merge every seed into one <see cref="EntityGraph"/>.
/// </summary>
/// <remarks>
/// Seeds run concurrently up to <see cref="EntityGraphBuilderOptions.MaxConcurrency"/>. With a checkpoint file, each
/// finished seed is appended to it at once, and seeds already in it are not extracted again, except failed ones when
/// <see cref="EntityGraphBuilderOptions.RetryFailedSeeds"/> is set. Checkpoint lines are matched to seeds by id only,
/// so a seed whose text changed keeps its old extraction. A seed whose extraction fails is recorded with its raw
/// outputs and the run goes on. The graph merges seeds in input order, so it does not
/// depend on the order in which concurrent seeds finish. This type is thread safe when its roles are.
/// </remarks>
public sealed class EntityGraphBuilder
{
    private readonly IEntityExtractor _entityExtractor;
    private readonly IEntityListSelector _selector;
    private readonly IRelationExtractor _relationExtractor;
    private readonly EntityGraphBuilderOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="EntityGraphBuilder"/> class.
    /// </summary>
    /// <param name="entityExtractor">Extracts candidate entity lists.</param>
    /// <param name="selector">Chooses one candidate list.</param>
    /// <param name="relationExtractor">Extracts relations between the chosen entities.</param>
    /// <param name="options">The build options, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entityExtractor"/>, <paramref name="selector"/> or <paramref name="relationExtractor"/> is <see langword="null"/>.</exception>
    public EntityGraphBuilder(
        IEntityExtractor entityExtractor,
        IEntityListSelector selector,
        IRelationExtractor relationExtractor,
        EntityGraphBuilderOptions? options = null,
        ILogger<EntityGraphBuilder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(entityExtractor);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(relationExtractor);

        _entityExtractor = entityExtractor;
        _selector = selector;
        _relationExtractor = relationExtractor;
        _options = options ?? new EntityGraphBuilderOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// Extracts the entities and relations of one seed.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The extraction record; failures of the roles are recorded in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is <see langword="null"/>.</exception>
    public async Task<SeedExtraction> ExtractSeedAsync(SeedPrompt seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);

        var extraction = await _entityExtractor.ExtractAsync(seed, cancellationToken).ConfigureAwait(false);
        var failures = new List<ExtractionFailure>(extraction.Failures);
        if (extraction.Candidates.Count == 0)
        {
            return Finish(new SeedExtraction(seed, SeedExtractionStatus.EntitiesFailed, [], null, [], [], failures));
        }

        var selection = await _selector.SelectAsync(seed, extraction.Candidates, cancellationToken).ConfigureAwait(false);
        foreach (var vote in selection.Votes.Where(vote => vote.Choice is null))
        {
            failures.Add(new ExtractionFailure("selection", 0, vote.Error ?? "The voter failed.", vote.RawOutput) { Source = vote.Voter });
        }

        var relations = await _relationExtractor.ExtractAsync(seed, selection.Entities, cancellationToken).ConfigureAwait(false);
        failures.AddRange(relations.Failures);
        var status = relations.Failed ? SeedExtractionStatus.RelationsFailed : SeedExtractionStatus.Succeeded;
        return Finish(new SeedExtraction(seed, status, extraction.Candidates, selection, selection.Entities, relations.Relations, failures));
    }

    /// <summary>
    /// Extracts every seed and merges the results into one graph.
    /// </summary>
    /// <param name="seeds">The seeds; ids must be unique.</param>
    /// <param name="checkpointPath">The JSON Lines checkpoint file to resume from and append to, or <see langword="null"/> for none.</param>
    /// <param name="progress">Receives a report at the start and after every finished seed, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The graph and every seed's extraction, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seeds"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two seeds share an id, or a seed id is empty.</exception>
    public async Task<EntityGraphBuildResult> BuildAsync(
        IEnumerable<SeedPrompt> seeds,
        string? checkpointPath = null,
        IProgress<EntityGraphBuildProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seeds);

        var seedList = ValidateSeeds(seeds);
        var finished = checkpointPath is null
            ? new Dictionary<string, SeedExtraction>()
            : await SeedExtractionCheckpoint.ReadAsync(checkpointPath, _logger, cancellationToken).ConfigureAwait(false);

        var results = new SeedExtraction?[seedList.Count];
        var pending = new List<int>();
        for (var i = 0; i < seedList.Count; i++)
        {
            if (finished.TryGetValue(seedList[i].Id, out var done)
                && (done.Status == SeedExtractionStatus.Succeeded || !_options.RetryFailedSeeds))
            {
                results[i] = done;
            }
            else
            {
                pending.Add(i);
            }
        }

        var resumed = seedList.Count - pending.Count;
        var completed = resumed;
        var failed = results.Count(result => result is not null && result.Status != SeedExtractionStatus.Succeeded);
        GraphLog.BuildStarted(_logger, seedList.Count, resumed, _options.MaxConcurrency);
        progress?.Report(new EntityGraphBuildProgress(completed, seedList.Count, failed, null));

        var checkpoint = checkpointPath is null ? null : await SeedExtractionCheckpoint.OpenAsync(checkpointPath, cancellationToken).ConfigureAwait(false);
        try
        {
            var parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(pending, parallelOptions, async (index, token) =>
            {
                var extraction = await ExtractSeedAsync(seedList[index], token).ConfigureAwait(false);
                if (checkpoint is not null)
                {
                    await checkpoint.AppendAsync(extraction, token).ConfigureAwait(false);
                }

                results[index] = extraction;
                var failedNow = extraction.Status == SeedExtractionStatus.Succeeded ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
                progress?.Report(new EntityGraphBuildProgress(Interlocked.Increment(ref completed), seedList.Count, failedNow, extraction.Seed.Id));
            }).ConfigureAwait(false);
        }
        finally
        {
            if (checkpoint is not null)
            {
                await checkpoint.DisposeAsync().ConfigureAwait(false);
            }
        }

        var extractions = results.Select(result => result!).ToArray();
        var graph = EntityGraph.FromExtractions(extractions);
        var buildResult = new EntityGraphBuildResult(graph, extractions) { ResumedCount = resumed };
        GraphLog.BuildFinished(_logger, extractions.Length, buildResult.FailedCount, graph.VertexCount, graph.EdgeCount);
        return buildResult;
    }

    private static List<SeedPrompt> ValidateSeeds(IEnumerable<SeedPrompt> seeds)
    {
        var list = new List<SeedPrompt>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            ArgumentNullException.ThrowIfNull(seed, nameof(seeds));
            if (string.IsNullOrWhiteSpace(seed.Id))
            {
                throw new ArgumentException($"Seed {list.Count} has an empty id; give every seed an id.", nameof(seeds));
            }

            if (!ids.Add(seed.Id))
            {
                throw new ArgumentException($"The seed id '{seed.Id}' appears more than once; seed ids must be unique.", nameof(seeds));
            }

            list.Add(seed);
        }

        return list;
    }

    private SeedExtraction Finish(SeedExtraction extraction)
    {
        GraphLog.SeedExtracted(_logger, extraction.Seed.Id, extraction.Status, extraction.Entities.Count, extraction.Relations.Count);
        if (extraction.Status != SeedExtractionStatus.Succeeded)
        {
            GraphLog.SeedFailed(_logger, extraction.Seed.Id, extraction.Status, extraction.Failures.Count);
        }

        return extraction;
    }
}
