using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FalseReject;

/// <summary>
/// Provides the measurement of a refusal judge against human-labelled responses.
/// </summary>
/// <remarks>This type is thread safe when its judge is. Prompt and response text are not logged.</remarks>
public sealed partial class JudgeCalibrator
{
    private readonly IRefusalJudge _judge;
    private readonly JudgeCalibratorOptions _options;
    private readonly ILogger _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="JudgeCalibrator"/> class.
    /// </summary>
    /// <param name="judge">The judge to measure.</param>
    /// <param name="options">The calibration options, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="judge"/> is <see langword="null"/>.</exception>
    public JudgeCalibrator(IRefusalJudge judge, IOptions<JudgeCalibratorOptions>? options = null, ILogger<JudgeCalibrator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(judge);

        _judge = judge;
        _options = options?.Value ?? new JudgeCalibratorOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// Judges every item, at most <see cref="JudgeCalibratorOptions.MaxConcurrency"/> at a time, and compares
    /// the outcomes with the human labels.
    /// </summary>
    /// <param name="items">The labelled responses.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The report; an empty sequence gives a report with zero items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item's human label is not a verdict.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<CalibrationReport> CalibrateAsync(IAsyncEnumerable<LabelledResponse> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);

        var pairs = new List<(RefusalOutcome HumanLabel, RefusalOutcome Judged)>();
        var disagreements = new List<CalibrationDisagreement>();
        var parallelOptions = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.MaxConcurrency,
            CancellationToken = cancellationToken,
        };

        LogCalibrationStarted(_options.MaxConcurrency);
        await Parallel.ForEachAsync(items, parallelOptions, async (item, token) =>
        {
            if (!item.HumanLabel.IsVerdict())
            {
                throw new ArgumentException(
                    $"Item '{item.Id}' has the human label '{item.HumanLabel.ToWireName()}'; use full_compliance, partial_compliance or full_refusal.",
                    nameof(items));
            }

            var verdict = await _judge.JudgeAsync(RefusalJudgeRequest.FromText(item.Prompt, item.Response), token).ConfigureAwait(false);
            lock (pairs)
            {
                pairs.Add((item.HumanLabel, verdict.Outcome));
                if (verdict.Outcome != item.HumanLabel)
                {
                    disagreements.Add(new CalibrationDisagreement(item.Id, item.HumanLabel, verdict));
                }
            }

            if (verdict.Outcome != item.HumanLabel)
            {
                LogDisagreement(item.Id, item.HumanLabel, verdict.Outcome, verdict.Rule);
            }
        }).ConfigureAwait(false);

        var report = new CalibrationReport(ConfusionMatrix.FromPairs(pairs), disagreements);
        LogCalibrationFinished(report.Count, report.ThreeWayAccuracy, report.BinaryAccuracy, report.UndecidedCount);
        return report;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Calibration started with at most {MaxConcurrency} items at a time")]
    private partial void LogCalibrationStarted(int maxConcurrency);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Item {Id}: human label {HumanLabel}, judged {Judged} by rule {Rule}")]
    private partial void LogDisagreement(string id, RefusalOutcome humanLabel, RefusalOutcome judged, string? rule);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Calibration finished: {Count} items, 3-way accuracy {ThreeWayAccuracy:0.000}, binary accuracy {BinaryAccuracy:0.000}, {Undecided} undecided")]
    private partial void LogCalibrationFinished(int count, double threeWayAccuracy, double binaryAccuracy, int undecided);
}
