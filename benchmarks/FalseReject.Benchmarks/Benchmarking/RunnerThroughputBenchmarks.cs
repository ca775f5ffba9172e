using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace FalseReject.Benchmarks;

/// <summary>
/// Measures the benchmark runner against a target with a fixed 20 ms latency at concurrency 64. The ideal time is
/// cases × latency / concurrency; the efficiency is the ideal time over the measured time.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class RunnerThroughputBenchmarks
{
    private string _resultsPath = string.Empty;

    [Params(20_000)]
    public int Cases { get; set; }

    [Params(true, false)]
    public bool WriteResults { get; set; }

    [IterationSetup]
    public void CreateResultsPath() => _resultsPath = Path.Combine(Path.GetTempPath(), $"falsereject-bench-{Guid.NewGuid():N}.jsonl");

    [IterationCleanup]
    public void DeleteResults() => File.Delete(_resultsPath);

    // The floor: the same number of 20 ms waits at concurrency 64 with no runner around them.
    [Benchmark(Baseline = true)]
    public Task DelaysOnly() => Parallel.ForEachAsync(
        Enumerable.Range(0, Cases),
        new ParallelOptions { MaxDegreeOfParallelism = 64 },
        async (_, cancellationToken) => await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken));

    [Benchmark]
    public Task<BenchmarkSummary> Run() =>
        RunnerWorkload.RunAsync(Cases, concurrency: 64, TimeSpan.FromMilliseconds(20), WriteResults ? _resultsPath : null);
}
