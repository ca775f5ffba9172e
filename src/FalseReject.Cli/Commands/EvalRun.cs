using System.CommandLine;

namespace FalseReject.Cli;

/// <summary>
/// Represents one <c>eval</c> run: runs the benchmark with progress on standard error and writes the reports.
/// </summary>
internal sealed class EvalRun(RefusalBenchmark benchmark, InvocationConfiguration console)
{
    public async Task<BenchmarkReport> RunAsync(
        IAsyncEnumerable<OverRefusalCase> cases,
        IReadOnlyList<ChatTarget> targets,
        DirectoryInfo directory,
        bool rerunErrors,
        string dataset,
        string judgeName,
        CancellationToken cancellationToken)
    {
        directory.Create();
        var resultsPath = Path.Combine(directory.FullName, "results.jsonl");
        var printer = new ProgressPrinter(console.Error, TimeSpan.FromSeconds(2));
        var request = new BenchmarkRequest(cases, targets)
        {
            ResultsPath = resultsPath,
            RerunErrors = rerunErrors,
            Progress = new Progress(printer),
        };

        var summary = await benchmark.RunAsync(request, cancellationToken);
        await console.Error.WriteLineAsync($"Finished: {summary.Completed} new results, {summary.Resumed} kept from an earlier run, {summary.Elapsed.TotalSeconds:0.0} s.");

        var names = targets.Select(target => target.Name).ToList();
        var report = new BenchmarkReport
        {
            GeneratedAt = DateTimeOffset.UtcNow,
            Dataset = dataset,
            Judge = judgeName,
            Targets = summary.Metrics,
            Usage = summary.Usage,
            Comparisons = await BenchmarkReport.CompareTargetsAsync(resultsPath, names, cancellationToken: cancellationToken),
        };
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "report.json"), JsonReportWriter.Write(report), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "report.md"), MarkdownReportWriter.Write(report), cancellationToken);
        return report;
    }

    // Reports synchronously: System.Progress<T> would post to the thread pool and print out of order.
    private sealed class Progress(ProgressPrinter printer) : IProgress<BenchmarkProgress>
    {
        public void Report(BenchmarkProgress value) =>
            printer.Report(() => $"{value.Completed} answered ({value.Refusals} refusals, {value.Failures} blocked/errors/undecided), {value.Resumed} kept from an earlier run.");
    }
}
