using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FalseReject;

/// <summary>
/// Provides the over-refusal benchmark: sends every case to every target with bounded concurrency, judges each
/// response, streams results to a JSONL file as they complete, and resumes a killed run without asking again.
/// </summary>
/// <remarks>
/// Cases are read lazily and each result is written and dropped, so memory grows with the number of categories, the
/// results kept from an earlier run and one id string per case (to reject duplicate ids), not with responses.
/// Runs on one instance may overlap.
/// </remarks>
public sealed partial class RefusalBenchmark
{
    private readonly IRefusalJudge _judge;
    private readonly RefusalBenchmarkOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="RefusalBenchmark"/> class.
    /// </summary>
    /// <param name="judge">The judge of every response.</param>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock, or <see langword="null"/> for the system clock.</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="judge"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public RefusalBenchmark(IRefusalJudge judge, IOptions<RefusalBenchmarkOptions> options, TimeProvider? timeProvider = null, ILogger<RefusalBenchmark>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(options);

        _judge = judge;
        _options = options.Value;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// Runs the benchmark.
    /// </summary>
    /// <param name="request">The cases, targets and results file.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>Each target's metrics over all its latest results, and what this run cost.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The request has no targets, or two targets share a name.</exception>
    /// <exception cref="InvalidDataException">Two cases share an id, or the results file holds a case whose prompt differs from the data set's.</exception>
    /// <exception cref="OperationCanceledException">The run was canceled; results recorded until then are kept in the file.</exception>
    public async Task<BenchmarkSummary> RunAsync(BenchmarkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateTargets(request.Targets);

        var started = _timeProvider.GetTimestamp();
        var previous = request.ResultsPath is null
            ? []
            : await ResultCheckpoint.ReadLatestAsync(request.ResultsPath, cancellationToken).ConfigureAwait(false);
        var state = new RunState(request.Targets, _options.MaxConcurrency);
        LogRunStarting(_logger, request.Targets.Count, previous.Count, _options.MaxConcurrency);

        var writer = Task.Run(() => WriteResultsAsync(request, state, CancellationToken.None), CancellationToken.None);
        try
        {
            await Parallel.ForEachAsync(
                EnumerateWorkAsync(request, previous, state, cancellationToken),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken },
                async (work, token) => await state.Results.Writer.WriteAsync(await RunOneAsync(work, token).ConfigureAwait(false), token).ConfigureAwait(false))
                .ConfigureAwait(false);
        }
        finally
        {
            state.Results.Writer.TryComplete();
            await writer.ConfigureAwait(false);
        }

        var summary = state.ToSummary(_timeProvider.GetElapsedTime(started));
        LogRunFinished(_logger, summary.Completed, summary.Resumed, summary.Elapsed.TotalSeconds);
        return summary;
    }

    private static void ValidateTargets(IReadOnlyList<ChatTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException("Add at least one target to benchmark.", nameof(targets));
        }

        var duplicate = targets.GroupBy(target => target.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two targets are named '{duplicate.Key}'; give each target a unique name.", nameof(targets));
        }
    }

    private static async IAsyncEnumerable<(OverRefusalCase Case, ChatTarget Target)> EnumerateWorkAsync(
        BenchmarkRequest request,
        Dictionary<(string Target, string CaseId), CaseResult> previous,
        RunState state,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Ids must be unique, or a resumed run could not tell which result belongs to which case. The set contains
        // ids only, so memory grows by one string per case.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var overRefusalCase in request.Cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!seen.Add(overRefusalCase.Id))
            {
                throw new InvalidDataException($"Case id '{overRefusalCase.Id}' appears twice in the data set; give every case a unique id.");
            }

            foreach (var target in request.Targets)
            {
                if (!previous.Remove((target.Name, overRefusalCase.Id), out var kept))
                {
                    yield return (overRefusalCase, target);
                    continue;
                }

                EnsureSameCase(kept, overRefusalCase, request.ResultsPath);
                if (request.RerunErrors && kept.Verdict.Outcome == RefusalOutcome.TargetError)
                {
                    yield return (overRefusalCase, target);
                    continue;
                }

                state.Keep(kept);
            }
        }
    }

    // A results file from another data set, or from an edited one, must not pass its responses off as this one's.
    private static void EnsureSameCase(CaseResult kept, OverRefusalCase current, string? resultsPath)
    {
        if (!string.Equals(kept.Case.Prompt, current.Prompt, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"The results file '{resultsPath}' contains case '{current.Id}' with a different prompt than the data set; use a new output folder, or delete the file to start over.");
        }
    }

    private async Task<CaseResult> RunOneAsync((OverRefusalCase Case, ChatTarget Target) work, CancellationToken cancellationToken)
    {
        var response = await work.Target.InvokeAsync(work.Case, cancellationToken).ConfigureAwait(false);
        var verdict = await JudgeAsync(work.Case, response, cancellationToken).ConfigureAwait(false);
        return new CaseResult
        {
            Target = work.Target.Name,
            Case = work.Case,
            Response = response,
            Verdict = verdict,
            CompletedAt = _timeProvider.GetUtcNow(),
        };
    }

    private async ValueTask<RefusalVerdict> JudgeAsync(OverRefusalCase overRefusalCase, TargetResponse response, CancellationToken cancellationToken)
    {
        if (response.Status == TargetResponseStatus.Error)
        {
            return new RefusalVerdict { Outcome = RefusalOutcome.TargetError, Judge = "target", Rationale = response.Error };
        }

        if (response.Status == TargetResponseStatus.ProviderBlocked)
        {
            return ProviderSignalJudge.Blocked(response);
        }

        try
        {
            var request = new RefusalJudgeRequest(overRefusalCase.Prompt, response) { Case = overRefusalCase };
            return await _judge.JudgeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogJudgeFailed(_logger, exception, overRefusalCase.Id);
            return RefusalVerdict.Undecided("judge", $"The judge failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static async Task WriteResultsAsync(BenchmarkRequest request, RunState state, CancellationToken cancellationToken)
    {
        StreamWriter? file = null;
        if (request.ResultsPath is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            ResultCheckpoint.RepairTail(path);
            file = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new System.Text.UTF8Encoding(false));
        }

        await using (file)
        {
            var reader = state.Results.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var result))
                {
                    file?.Write(ResultCheckpoint.Serialize(result));
                    file?.Write('\n');
                    state.Record(result);
                    request.OnResult?.Invoke(result);
                }

                // Flushing once the queue is drained keeps a killed run's loss to results still in flight.
                if (file is not null)
                {
                    await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                request.Progress?.Report(state.Progress);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Benchmark starting: {TargetCount} targets, {KeptCount} results kept from an earlier run, concurrency {MaxConcurrency}.")]
    private static partial void LogRunStarting(ILogger logger, int targetCount, int keptCount, int maxConcurrency);

    [LoggerMessage(2, LogLevel.Information, "Benchmark finished: {Completed} new results, {Resumed} kept, in {Seconds:0.0} s.")]
    private static partial void LogRunFinished(ILogger logger, long completed, long resumed, double seconds);

    [LoggerMessage(3, LogLevel.Error, "The judge failed on case {CaseId}; the result is recorded as undecided.")]
    private static partial void LogJudgeFailed(ILogger logger, Exception exception, string caseId);
}
