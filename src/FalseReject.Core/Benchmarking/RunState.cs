using System.Threading.Channels;

namespace FalseReject;

// The mutable state of one benchmark run. Record and Keep run on different threads, so both lock.
internal sealed class RunState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RefusalMetricsAccumulator> _metrics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TargetUsage> _usage = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ChatTarget> _targets;
    private long _completed;
    private long _resumed;
    private long _refusals;
    private long _failures;

    public RunState(IReadOnlyList<ChatTarget> targets, int maxConcurrency)
    {
        _targets = targets;
        foreach (var target in targets)
        {
            _metrics[target.Name] = new RefusalMetricsAccumulator(target.Name);
            _usage[target.Name] = new TargetUsage(0, 0, 0, TimeSpan.Zero);
        }

        Results = Channel.CreateBounded<CaseResult>(new BoundedChannelOptions(Math.Max(64, maxConcurrency * 4))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public Channel<CaseResult> Results { get; }

    public BenchmarkProgress Progress
    {
        get
        {
            lock (_gate)
            {
                return new BenchmarkProgress(_completed, _resumed, _refusals, _failures);
            }
        }
    }

    public void Keep(CaseResult result)
    {
        lock (_gate)
        {
            _metrics[result.Target].Add(result);
            _resumed++;
        }
    }

    public void Record(CaseResult result)
    {
        lock (_gate)
        {
            _metrics[result.Target].Add(result);
            _usage[result.Target] = _usage[result.Target].Add(result.Response);
            _completed++;
            var outcome = result.Verdict.Outcome;
            _refusals += outcome is RefusalOutcome.FullRefusal or RefusalOutcome.PartialCompliance ? 1 : 0;
            _failures += outcome.IsVerdict() ? 0 : 1;
        }
    }

    public BenchmarkSummary ToSummary(TimeSpan elapsed)
    {
        lock (_gate)
        {
            var metrics = _targets.Select(target => _metrics[target.Name].Build()).ToList();
            return new BenchmarkSummary(metrics, new Dictionary<string, TargetUsage>(_usage), _completed, _resumed, elapsed);
        }
    }
}
