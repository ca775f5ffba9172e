using System.CommandLine;

namespace FalseReject.Cli;

/// <summary>
/// Represents one <c>eval</c> run: runs the benchmark with progress on standard error and writes the reports.
/// </summary>
internal sealed class EvalRun(RefusalBenchmark benchmark, InvocationConfiguration console)
{
    public long FailedCount { get; private set; }

    public long CompletedCount { get; private set; }

    public string? FirstError { get; private set; }

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
            OnResult = Record,
        };

        var summary = await benchmark.RunAsync(request, cancellationToken);
        CompletedCount = summary.Completed;
        await console.Error.WriteLineAsync($"Finished: {summary.Completed} new results, {summary.Resumed} kept from an earlier run, {summary.Elapsed.TotalSeconds:0.0} s.");
        if (FailedCount > 0)
        {
            await console.Error.WriteLineAsync($"error: {FailedCount} of {summary.Completed} requests failed; the first failure was: {FirstError}. Fix the cause and add --rerun-errors to ask them again.");
        }

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

    private void Record(CaseResult result)
    {
        if (result.Verdict.Outcome == RefusalOutcome.TargetError)
        {
            FailedCount++;
            FirstError ??= result.Response.Error;
        }
    }

    // Reports synchronously: System.Progress<T> would post to the thread pool and print out of order.
    private sealed class Progress(ProgressPrinter printer) : IProgress<BenchmarkProgress>
    {
        public void Report(BenchmarkProgress value) =>
            printer.Report(() => $"{value.Completed} done ({value.Refusals} refusals, {value.Failures} blocked, failed or undecided), {value.Resumed} kept from an earlier run.");
    }
}
