using System.Diagnostics;
using System.Globalization;

namespace FalseReject.Benchmarks;

/// <summary>
/// Provides the peak-memory and throughput probe of the runner: runs growing case counts in fresh processes and prints
/// throughput, efficiency against the ideal, and the peak managed heap sampled every 10 ms during the run.
/// </summary>
internal static class RunnerMemoryProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var caseCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var latency = TimeSpan.FromMilliseconds(20);
        const int Concurrency = 64;
        var resultsPath = Path.Combine(Path.GetTempPath(), $"falsereject-probe-{Guid.NewGuid():N}.jsonl");

        long peakHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                await Task.Delay(10);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        var summary = await RunnerWorkload.RunAsync(caseCount, Concurrency, latency, resultsPath);
        stopwatch.Stop();
        await sampling.CancelAsync();
        await sampler;
        File.Delete(resultsPath);

        var ideal = caseCount * latency.TotalSeconds / Concurrency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cases={caseCount} completed={summary.Completed} seconds={stopwatch.Elapsed.TotalSeconds:0.000} throughput={caseCount / stopwatch.Elapsed.TotalSeconds:0}/s efficiency={ideal / stopwatch.Elapsed.TotalSeconds:0.000} peak_heap_mb={peakHeap / 1048576.0:0.0} peak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0}"));
        return 0;
    }
}
