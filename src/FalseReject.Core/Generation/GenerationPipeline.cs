using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FalseReject;

/// <summary>
/// Provides the adversarial generation loop: for each graph sample, the generator proposes a candidate, the
/// discriminator checks it only appears unsafe, the refusal pool checks real models refuse it, and the orchestrator
/// checks it is a valid over-refusal case; each failed check goes back to the generator as feedback, for up to
/// <see cref="GenerationOptions.MaxRounds"/> rounds.
/// </summary>
/// <remarks>
/// An instance contains the state of one run: the accepted prompts that later candidates are deduplicated against and
/// the per-category counts that quotas check. Resolve or create a new instance per run. The methods are thread safe.
/// </remarks>
public sealed partial class GenerationPipeline
{
    private readonly IGenerator _generator;
    private readonly IDiscriminator _discriminator;
    private readonly IRefusalPool _pool;
    private readonly IOrchestrator _orchestrator;
    private readonly IDuplicateFilter _duplicateFilter;
    private readonly IResponseWriter? _responseWriter;
    private readonly ICategoryLabeler? _categoryLabeler;
    private readonly CategoryTaxonomy _taxonomy;
    private readonly GenerationOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _quotaLock = new();
    private readonly Dictionary<string, int> _acceptedPerCategory = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Initializes a new instance of the <see cref="GenerationPipeline"/> class.
    /// </summary>
    /// <param name="generator">The generator.</param>
    /// <param name="discriminator">The discriminator.</param>
    /// <param name="pool">The refusal pool.</param>
    /// <param name="orchestrator">The orchestrator.</param>
    /// <param name="duplicateFilter">The filter of accepted prompts; it should be empty, because the pipeline adds accepted prompts to it.</param>
    /// <param name="options">The generation options.</param>
    /// <param name="responseWriter">The response writer; required when <see cref="GenerationOptions.WriteResponses"/> is set.</param>
    /// <param name="categoryLabeler">The category labeler; required when <see cref="GenerationOptions.RelabelCategories"/> is set.</param>
    /// <param name="taxonomy">The categories seed category ids resolve against, or <see langword="null"/> for none.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <param name="timeProvider">The clock that stamps records, or <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentNullException">A role, the filter or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options ask for responses or relabelling but the matching role is missing.</exception>
    public GenerationPipeline(
        IGenerator generator,
        IDiscriminator discriminator,
        IRefusalPool pool,
        IOrchestrator orchestrator,
        IDuplicateFilter duplicateFilter,
        IOptions<GenerationOptions> options,
        IResponseWriter? responseWriter = null,
        ICategoryLabeler? categoryLabeler = null,
        CategoryTaxonomy? taxonomy = null,
        ILogger<GenerationPipeline>? logger = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(discriminator);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(orchestrator);
        ArgumentNullException.ThrowIfNull(duplicateFilter);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.WriteResponses && responseWriter is null)
        {
            throw new ArgumentException("GenerationOptions.WriteResponses is set but no response writer was given; pass one or turn the option off.", nameof(responseWriter));
        }

        if (options.Value.RelabelCategories && categoryLabeler is null)
        {
            throw new ArgumentException("GenerationOptions.RelabelCategories is set but no category labeler was given; pass one or turn the option off.", nameof(categoryLabeler));
        }

        _generator = generator;
        _discriminator = discriminator;
        _pool = pool;
        _orchestrator = orchestrator;
        _duplicateFilter = duplicateFilter;
        _options = options.Value;
        _responseWriter = responseWriter;
        _categoryLabeler = categoryLabeler;
        _taxonomy = taxonomy ?? CategoryTaxonomy.Empty;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Returns the stable key of a sample: its seed ids and a hash of its seed text, category, entities and relations.
    /// </summary>
    /// <param name="sample">The sample.</param>
    /// <returns>A key such as <c>s12+s40#3fa9c01b2e</c>, or <c>seed#3fa9c01b2e</c> when the sample has no seed ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is <see langword="null"/>.</exception>
    public static string GetSeedKey(GraphSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);

        var canonical = new StringBuilder();
        canonical.Append(sample.SeedText).Append('\n').Append(sample.CategoryId).Append('\n');
        foreach (var entity in sample.Entities)
        {
            canonical.Append(entity.Name).Append('|').Append(entity.Type).Append(';');
        }

        canonical.Append('\n');
        foreach (var relation in sample.Relations)
        {
            canonical.Append(relation.Source.Name).Append('|').Append(relation.Label).Append('|').Append(relation.Target.Name).Append(';');
        }

        var ids = sample.SeedIds.Count > 0 ? string.Join("+", sample.SeedIds) : "seed";
        return $"{ids}#{Hash(canonical.ToString(), 10)}";
    }

    /// <summary>
    /// Runs the loop over samples, resuming from a checkpoint when one is given.
    /// </summary>
    /// <param name="samples">The samples.</param>
    /// <param name="checkpoint">The checkpoint that finished seeds are read from and written to, or <see langword="null"/> for none.</param>
    /// <param name="progress">Receives the summary after each finished seed, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The records of every finished seed and the summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; records finished before are in the checkpoint.</exception>
    public Task<GenerationRunResult> RunAsync(IEnumerable<GraphSample> samples, GenerationCheckpoint? checkpoint = null, IProgress<GenerationRunSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);

        return RunAsync(ToAsync(samples, cancellationToken), checkpoint, progress, cancellationToken);
    }

    /// <summary>
    /// Runs the loop over a stream of samples, resuming from a checkpoint when one is given.
    /// </summary>
    /// <param name="samples">The samples.</param>
    /// <param name="checkpoint">The checkpoint that finished seeds are read from and written to, or <see langword="null"/> for none.</param>
    /// <param name="progress">Receives the summary after each finished seed, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The records of every finished seed and the summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; records finished before are in the checkpoint.</exception>
    public async Task<GenerationRunResult> RunAsync(IAsyncEnumerable<GraphSample> samples, GenerationCheckpoint? checkpoint = null, IProgress<GenerationRunSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);

        var tally = new GenerationTally();
        var records = new ConcurrentQueue<GenerationRecord>();
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var previous = checkpoint is null ? [] : await checkpoint.LoadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var record in previous)
        {
            var done = record.Status is GenerationStatus.Accepted or GenerationStatus.Rejected || !_options.RetryFailedSeeds;
            if (!done)
            {
                continue;
            }

            Restore(record);
            finished.Add(record.SeedKey);
            records.Enqueue(record);
            tally.Add(record, resumed: true);
        }

        GenerationLog.RunStarted(_logger, finished.Count, _options.MaxConcurrency);
        var started = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(samples, parallelOptions, async (sample, token) =>
        {
            var key = GetSeedKey(sample);
            if (finished.Contains(key))
            {
                return;
            }

            if (!started.TryAdd(key, 0))
            {
                GenerationLog.RepeatedSeedSkipped(_logger, key);
                return;
            }

            var record = await ProcessAsync(sample, token).ConfigureAwait(false);

            // The seed's work is done, so the record is written even when the run is being canceled.
            if (checkpoint is not null)
            {
                await checkpoint.AppendAsync(record, CancellationToken.None).ConfigureAwait(false);
            }

            records.Enqueue(record);
            tally.Add(record, resumed: false);
            progress?.Report(tally.Snapshot());
        }).ConfigureAwait(false);

        var summary = tally.Snapshot();
        GenerationLog.RunEnded(_logger, summary.Accepted, summary.Rejected, summary.Failed, summary.QuotaReached, summary.DuplicatesDropped, summary.Calls);
        return new GenerationRunResult(records.ToList(), summary);
    }

    /// <summary>
    /// Runs the loop for one sample.
    /// </summary>
    /// <param name="sample">The sample.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The record of the seed; role failures and exceptions are recorded in it, never thrown, except cancellation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<GenerationRecord> ProcessAsync(GraphSample sample, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);

        var seed = new SeedRun(GetSeedKey(sample), sample, _taxonomy.Resolve(sample.CategoryId));
        if (!_options.RelabelCategories && IsQuotaReached(seed.SeedCategory.Id))
        {
            GenerationLog.QuotaReached(_logger, seed.Key, seed.SeedCategory.Id);
            return Finish(seed, GenerationStatus.QuotaReached);
        }

        try
        {
            for (var round = 1; round <= _options.MaxRounds; round++)
            {
                var record = await RunRoundAsync(seed, round, cancellationToken).ConfigureAwait(false);
                GenerationLog.RoundFinished(_logger, seed.Key, round, seed.Rounds[^1].Outcome);
                if (record is not null)
                {
                    return record;
                }
            }

            return Finish(seed, GenerationStatus.Rejected);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GenerationLog.SeedFailed(_logger, exception, seed.Key, seed.CurrentRole);
            return Finish(seed, GenerationStatus.Failed) with
            {
                FailedRole = seed.CurrentRole,
                Error = $"The {seed.CurrentRole} threw {exception.GetType().Name}: {exception.Message}",
            };
        }
    }

    private static string Hash(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];

    private static async IAsyncEnumerable<GraphSample> ToAsync(IEnumerable<GraphSample> samples, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var sample in samples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return sample;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private void Restore(GenerationRecord record)
    {
        if (record.Status != GenerationStatus.Accepted || record.Prompt is null)
        {
            return;
        }

        _duplicateFilter.TryAdd(record.Prompt, record.CaseId ?? record.SeedKey, out _);
        lock (_quotaLock)
        {
            _acceptedPerCategory[record.Category.Id] = _acceptedPerCategory.GetValueOrDefault(record.Category.Id) + 1;
        }
    }

    private bool IsQuotaReached(string categoryId)
    {
        var quota = _options.GetQuota(categoryId);
        if (quota is null)
        {
            return false;
        }

        lock (_quotaLock)
        {
            return _acceptedPerCategory.GetValueOrDefault(categoryId) >= quota.Value;
        }
    }

    private bool TryReserveQuota(string categoryId)
    {
        var quota = _options.GetQuota(categoryId);
        lock (_quotaLock)
        {
            var count = _acceptedPerCategory.GetValueOrDefault(categoryId);
            if (quota is not null && count >= quota.Value)
            {
                return false;
            }

            _acceptedPerCategory[categoryId] = count + 1;
            return true;
        }
    }

    private void ReleaseQuota(string categoryId)
    {
        lock (_quotaLock)
        {
            _acceptedPerCategory[categoryId] = Math.Max(0, _acceptedPerCategory.GetValueOrDefault(categoryId) - 1);
        }
    }

    private GenerationRecord Finish(SeedRun seed, GenerationStatus status)
    {
        GenerationLog.SeedFinished(_logger, seed.Key, status, seed.Rounds.Count);
        return new GenerationRecord
        {
            SeedKey = seed.Key,
            Sample = seed.Sample,
            Status = status,
            SeedCategory = seed.SeedCategory,
            Category = seed.SeedCategory,
            Rounds = seed.Rounds.ToList(),
            Usage = new Dictionary<string, RoleUsage>(seed.Usage, StringComparer.Ordinal),
            DuplicatesDropped = seed.DuplicatesDropped,
            CompletedAt = _timeProvider.GetUtcNow(),
        };
    }
}
