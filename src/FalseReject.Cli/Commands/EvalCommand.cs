using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject.Cli;

/// <summary>
/// Provides <c>falsereject eval</c>: sends a data set to one or more models on an OpenAI-compatible endpoint, judges
/// every response and writes the results, a JSON report and a Markdown report. A rerun with the same output folder
/// resumes where the last run stopped.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var datasetFile = new Option<FileInfo>("--dataset") { Description = "The CSV or JSONL data set of prompts.", Required = true };
        var models = new Option<string[]>("--model")
        {
            Description = "A model to benchmark; repeat for several models on the same endpoint.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var outputDirectory = new Option<DirectoryInfo>("--output", "--out") { Description = "The folder for results.jsonl, report.json and report.md.", Required = true };
        var concurrency = new Option<int>("--concurrency") { Description = "The maximum number of requests in flight.", DefaultValueFactory = _ => 8 };
        var rerunErrors = new Option<bool>("--rerun-errors") { Description = "Ask again the cases whose last result was a target error." };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N cases of the data set." };
        var maxTokens = new Option<int?>("--max-output-tokens") { Description = "The maximum number of tokens per response." };
        var temperature = new Option<float?>("--temperature") { Description = "The sampling temperature of the targets." };
        var dataset = new DatasetArguments();
        var endpoint = new EndpointArguments();
        var judge = new JudgeArguments(endpoint);

        var command = new Command("eval", "Benchmark models for over-refusal on a data set through an OpenAI-compatible endpoint.");
        foreach (var option in new Option[] { datasetFile, models, outputDirectory, concurrency, rerunErrors, limit, maxTokens, temperature })
        {
            command.Options.Add(option);
        }

        dataset.AddTo(command);
        endpoint.AddTo(command);
        judge.AddTo(command);

        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var names = parse.GetValue(models) ?? [];
            var maxConcurrency = parse.GetValue(concurrency);
            ValidateArguments(names, maxConcurrency, parse.GetValue(limit), parse.GetValue(temperature), parse.GetValue(maxTokens));

            var builder = new ServiceCollection().AddSingleton(CliLogging.GetFactory(parse)).AddLogging().AddFalseReject().ConfigureBenchmark(options => options.MaxConcurrency = maxConcurrency);
            var chatOptions = new Microsoft.Extensions.AI.ChatOptions { MaxOutputTokens = parse.GetValue(maxTokens), Temperature = parse.GetValue(temperature) };
            foreach (var model in names)
            {
                var client = endpoint.CreateChatClient(parse, model);

                // The SDK already retries transient failures and honours retry-after, so the target does not retry again.
                builder.AddTarget(model, _ => client, options =>
                {
                    options.MaxRetries = 0;
                    options.ChatOptions = chatOptions;
                    options.Timeout = Timeout.InfiniteTimeSpan;
                });
            }

            var judgeName = judge.Configure(builder, parse);
            await using var services = builder.Services.BuildServiceProvider();
            var run = new EvalRun(services.GetRequiredService<RefusalBenchmark>(), parse.InvocationConfiguration);
            var cases = DatasetReader.ReadCasesAsync(parse.GetValue(datasetFile)!.FullName, dataset.ToOptions(parse), cancellationToken);
            if (parse.GetValue(limit) is { } count)
            {
                cases = cases.Take(count);
            }

            var directory = parse.GetValue(outputDirectory)!;
            var report = await run.RunAsync(
                cases,
                services.GetRequiredService<IReadOnlyList<ChatTarget>>(),
                directory,
                parse.GetValue(rerunErrors),
                parse.GetValue(datasetFile)!.FullName,
                judgeName,
                cancellationToken);
            if (run.CompletedCount == 0 && report.Targets.All(metrics => metrics.Overall.All.Total == 0))
            {
                throw new CliInputException($"The data set '{parse.GetValue(datasetFile)!.FullName}' has no cases.");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(MarkdownReportWriter.Write(report));
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Results, report.json and report.md are in {directory.FullName}.");

            // A run in which every request failed measured nothing, so it must not look like a success.
            return run.CompletedCount > 0 && run.FailedCount == run.CompletedCount ? ExitCodes.Failure : ExitCodes.Success;
        });

        return command;
    }

    private static void ValidateArguments(string[] models, int concurrency, int? limit, float? temperature, int? maxTokens)
    {
        if (concurrency < 1)
        {
            throw new CliInputException($"--concurrency must be at least 1, not {concurrency}.");
        }

        if (models.Length == 0 || models.Distinct(StringComparer.Ordinal).Count() != models.Length)
        {
            throw new CliInputException("Give each --model once; the model names are the target names in the report.");
        }

        if (limit is < 1)
        {
            throw new CliInputException($"--limit must be at least 1, not {limit}.");
        }

        if (temperature is < 0 or > 2)
        {
            throw new CliInputException($"--temperature must be between 0 and 2, not {temperature}.");
        }

        if (maxTokens is < 1)
        {
            throw new CliInputException($"--max-output-tokens must be at least 1, not {maxTokens}.");
        }
    }
}
