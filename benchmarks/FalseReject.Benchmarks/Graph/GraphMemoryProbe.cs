using System.Diagnostics;
using System.Globalization;

namespace FalseReject.Benchmarks;

/// <summary>
/// Provides the peak-memory probe of the entity graph: builds the 100,000-entity, 1,000,000-relation graph once in a
/// fresh process and prints the build time, graph size, managed heap after the build and the peak working set.
/// </summary>
internal static class GraphMemoryProbe
{
    public static int Run()
    {
        var workload = GraphWorkload.Create();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        var graph = workload.Build();
        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"vertices={graph.VertexCount} edges={graph.EdgeCount} seeds={graph.Seeds.Count} build_seconds={stopwatch.Elapsed.TotalSeconds:0.000} build_cpu_seconds={cpu.TotalSeconds:0.000} gc_pause_seconds={pause.TotalSeconds:0.000} heap_after_build_mb={heap / 1048576.0:0.0} peak_working_set_before_build_mb={before / 1048576.0:0.0} peak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0}"));

        stopwatch.Restart();
        var statistics = GraphStatistics.Compute(graph);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"statistics_seconds={stopwatch.Elapsed.TotalSeconds:0.000} components={statistics.WeaklyConnectedComponentCount} max_degree={statistics.MaxDegree}"));
        GC.KeepAlive(graph);
        return 0;
    }
}
