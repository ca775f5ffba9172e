using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Cli;

/// <summary>
/// Provides <c>falsereject calibrate</c>: scores a judge against a human-labelled file and prints the confusion matrix,
/// accuracy and refusal precision and recall; optional floors turn it into a check.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "The CSV or JSONL file of prompts, responses and human labels.", Required = true };
        var minBinary = new Option<double?>("--min-binary") { Description = "Exit with 1 when binary agreement (refusal = full or partial) is below this value, such as 0.95." };
        var minThreeWay = new Option<double?>("--min-three-way") { Description = "Exit with 1 when 3-way agreement is below this value, such as 0.90." };
        var examples = new Option<int>("--show-disagreements") { Description = "How many disagreements to print.", DefaultValueFactory = _ => 10 };
        var concurrency = new Option<int>("--concurrency") { Description = "How many responses are judged at once.", DefaultValueFactory = _ => 8 };
        var dataset = new DatasetArguments();
        var endpoint = new EndpointArguments();
        var judge = new JudgeArguments(endpoint);

        var command = new Command("calibrate", "Score a judge against human labels: confusion matrix, accuracy, refusal precision and recall.");
        foreach (var option in new Option[] { input, minBinary, minThreeWay, examples, concurrency })
        {
            command.Options.Add(option);
        }

        dataset.AddTo(command);
        judge.AddTo(command);
        endpoint.AddTo(command);

        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            ValidateArguments(parse.GetValue(minBinary), parse.GetValue(minThreeWay), parse.GetValue(examples), parse.GetValue(concurrency));
            var builder = new ServiceCollection().AddSingleton(CliLogging.GetFactory(parse)).AddLogging().AddFalseReject();
            var judgeName = judge.Configure(builder, parse);
            builder.Services.Configure<JudgeCalibratorOptions>(options => options.MaxConcurrency = parse.GetValue(concurrency));
            await using var services = builder.Services.BuildServiceProvider();
            var calibrator = new JudgeCalibrator(
                services.GetRequiredService<IRefusalJudge>(),
                services.GetRequiredService<IOptions<JudgeCalibratorOptions>>());

            var path = parse.GetValue(input)!.FullName;
            var items = ReadLabelledAsync(path, dataset.ToOptions(parse), cancellationToken);
            var report = await calibrator.CalibrateAsync(items, cancellationToken);
            if (report.Count == 0)
            {
                throw new CliInputException($"The input file '{path}' has no records; nothing was calibrated.");
            }

            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Judge: {judgeName}. Input: {path}.");
            await output.WriteLineAsync(report.ToText());
            await WriteDisagreementsAsync(output, report, parse.GetValue(examples));
            return CheckFloors(parse.InvocationConfiguration.Error, report, parse.GetValue(minBinary), parse.GetValue(minThreeWay));
        });

        return command;
    }

    private static void ValidateArguments(double? minBinary, double? minThreeWay, int examples, int concurrency)
    {
        if (minBinary is < 0 or > 1 || minThreeWay is < 0 or > 1)
        {
            throw new CliInputException("--min-binary and --min-three-way are shares between 0 and 1, such as 0.95.");
        }

        if (examples < 0 || concurrency < 1)
        {
            throw new CliInputException("--show-disagreements must be 0 or more and --concurrency at least 1.");
        }
    }

    private static async IAsyncEnumerable<LabelledResponse> ReadLabelledAsync(string path, DatasetOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var response in DatasetReader.ReadResponsesAsync(path, options, cancellationToken))
        {
            if (response.HumanLabel is not { } label)
            {
                throw new CliInputException($"{path}: case '{response.Case.Id}' has no human label; name the label column with --label-column.");
            }

            yield return new LabelledResponse(response.Case.Id, response.Case.Prompt, response.Response, label);
        }
    }

    private static async Task WriteDisagreementsAsync(TextWriter output, CalibrationReport report, int count)
    {
        foreach (var disagreement in report.Disagreements.Take(Math.Max(0, count)))
        {
            await output.WriteLineAsync(
                $"  {disagreement.Id}: human {disagreement.HumanLabel.ToWireName()}, judge {disagreement.Verdict.Outcome.ToWireName()} ({disagreement.Verdict.Rule ?? disagreement.Verdict.Judge})");
        }
    }

    private static int CheckFloors(TextWriter error, CalibrationReport report, double? minBinary, double? minThreeWay)
    {
        var failures = new List<string>();
        if (minBinary is { } binary && report.BinaryAccuracy < binary)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"binary agreement {report.BinaryAccuracy:0.000} is below {binary:0.000}"));
        }

        if (minThreeWay is { } threeWay && report.ThreeWayAccuracy < threeWay)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"3-way agreement {report.ThreeWayAccuracy:0.000} is below {threeWay:0.000}"));
        }

        foreach (var failure in failures)
        {
            error.WriteLine($"Calibration check failed: {failure}.");
        }

        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
