using FalseReject;
using FalseReject.Samples.QuickStart;
using Microsoft.Extensions.DependencyInjection;

// Benchmarks one "model" over the shipped sample prompts with the embedded pattern judge and prints the report.
var dataDirectory = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "data");
var recordedPath = Path.GetFullPath(Path.Combine(dataDirectory, "recorded-responses.jsonl"));
var promptsPath = Path.GetFullPath(Path.Combine(dataDirectory, "prompts.jsonl"));

var recorded = new Dictionary<string, string>();
await foreach (var response in DatasetReader.ReadResponsesAsync(recordedPath))
{
    recorded[response.Case.Prompt] = response.Response;
}

var services = new ServiceCollection();
services.AddFalseReject()
    .AddTarget("recorded-model", _ => new ReplayChatClient(recorded))
    .ConfigureBenchmark(options => options.MaxConcurrency = 4);
await using var provider = services.BuildServiceProvider();

var benchmark = provider.GetRequiredService<RefusalBenchmark>();
var targets = provider.GetRequiredService<IReadOnlyList<ChatTarget>>();
var summary = await benchmark.RunAsync(new BenchmarkRequest(DatasetReader.ReadCasesAsync(promptsPath), targets));

var report = new BenchmarkReport
{
    GeneratedAt = DateTimeOffset.UtcNow,
    Dataset = promptsPath,
    Judge = "pattern",
    Targets = summary.Metrics,
    Usage = summary.Usage,
};
Console.WriteLine(MarkdownReportWriter.Write(report));

// A sample that produced no verdicts is broken; fail loudly so CI notices.
return summary.Metrics[0].Overall.All.Judged > 0 ? 0 : 1;
