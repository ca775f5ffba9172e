using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject.Cli;

/// <summary>
/// Provides <c>falsereject judge</c>: judges a file of recorded prompts and responses offline, writes one verdict per
/// line and prints the per-category report.
/// </summary>
internal static class JudgeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "The CSV or JSONL file of prompts and responses.", Required = true };
        var output = new Option<FileInfo>("--output", "--out") { Description = "The JSONL file the verdicts are written to.", Required = true };
        var concurrency = new Option<int>("--concurrency") { Description = "How many responses are judged at once (matters for model judges).", DefaultValueFactory = _ => 8 };
        var dataset = new DatasetArguments();
        var endpoint = new EndpointArguments();
        var judge = new JudgeArguments(endpoint);

        var command = new Command("judge", "Judge recorded responses offline and print the per-category report.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(concurrency);
        dataset.AddTo(command);
        judge.AddTo(command);
        endpoint.AddTo(command);

        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var inputFile = parse.GetValue(input)!;
            var outputFile = parse.GetValue(output)!;
            var maxConcurrency = parse.GetValue(concurrency);
            if (maxConcurrency < 1)
            {
                throw new CliInputException($"--concurrency must be at least 1, not {maxConcurrency}.");
            }

            if (Directory.Exists(outputFile.FullName))
            {
                throw new CliInputException($"--output '{outputFile.FullName}' is a folder; give the path of the JSONL file to write, such as out/verdicts.jsonl.");
            }

            var builder = new ServiceCollection().AddSingleton(CliLogging.GetFactory(parse)).AddLogging().AddFalseReject();
            var judgeName = judge.Configure(builder, parse);
            await using var services = builder.Services.BuildServiceProvider();
            var refusalJudge = services.GetRequiredService<IRefusalJudge>();

            var responses = DatasetReader.ReadResponsesAsync(inputFile.FullName, dataset.ToOptions(parse), cancellationToken);
            var run = new JudgeRun(refusalJudge, Path.GetFileNameWithoutExtension(inputFile.Name), parse.InvocationConfiguration.Error);
            await run.RunAsync(responses, outputFile.FullName, maxConcurrency, cancellationToken);
            if (run.Count == 0)
            {
                throw new CliInputException($"The input file '{inputFile.FullName}' has no records; nothing was judged.");
            }

            var report = run.CreateReport(inputFile.FullName, judgeName);
            var writer = parse.InvocationConfiguration.Output;
            await writer.WriteLineAsync(MarkdownReportWriter.Write(report));
            await writer.WriteLineAsync(run.DescribeAgreement());
            await writer.WriteLineAsync($"Wrote {run.Count} verdicts to {outputFile.FullName}.");
            return ExitCodes.Success;
        });

        return command;
    }
}
