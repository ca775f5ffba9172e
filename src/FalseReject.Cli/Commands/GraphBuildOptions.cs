using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject.Cli;

/// <summary>
/// Provides the options and action of <c>falsereject graph build</c>. The bare <c>graph</c> command gets its own
/// instance, so both accept the same options.
/// </summary>
internal sealed class GraphBuildOptions
{
    public const string CheckpointFileName = "extractions.jsonl";
    public const string JsonFileName = "graph.json";
    public const string GraphMLFileName = "graph.graphml";

    private readonly Option<FileInfo> _seeds = new("--seeds") { Description = "The seed prompts: a CSV file with a header row, or a JSON Lines file (.jsonl)." };
    private readonly Option<string> _model = new("--model") { Description = "The model that extracts entities and relations." };
    private readonly Option<string> _textColumn = new("--text-column") { Description = "The column that holds the prompt text.", DefaultValueFactory = _ => "text" };
    private readonly Option<string?> _idColumn = new("--id-column") { Description = "The column that holds seed ids; default: an 'id' or 'index' column when present, otherwise the row number." };
    private readonly Option<string?> _categoryColumn = new("--category-column") { Description = "The column that holds harm categories, if any." };
    private readonly Option<DirectoryInfo> _out = new("--out") { Description = $"The output folder: {CheckpointFileName} (the resumable per-seed checkpoint), {JsonFileName} and {GraphMLFileName}." };
    private readonly Option<string[]> _voterModels = new("--voter-model") { Description = "A model on the same endpoint that votes for the best candidate entity list; repeat for an ensemble. Default: the extraction model." };
    private readonly Option<int> _samples = new("--samples") { Description = "How many candidate entity lists are extracted per seed.", DefaultValueFactory = _ => 3 };
    private readonly Option<double> _temperature = new("--temperature") { Description = "The sampling temperature of entity extraction, above 0.", DefaultValueFactory = _ => 0.7 };
    private readonly Option<int> _concurrency = new("--concurrency") { Description = "How many seeds are extracted at once.", DefaultValueFactory = _ => 4 };
    private readonly EndpointArguments _endpoint = new();

    public void AddTo(Command command)
    {
        command.Options.Add(_seeds);
        command.Options.Add(_model);
        command.Options.Add(_textColumn);
        command.Options.Add(_idColumn);
        command.Options.Add(_categoryColumn);
        command.Options.Add(_out);
        command.Options.Add(_voterModels);
        command.Options.Add(_samples);
        command.Options.Add(_temperature);
        command.Options.Add(_concurrency);
        _endpoint.AddTo(command);
        CommandRunner.SetAction(command, RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var seedsFile = parse.GetValue(_seeds) ?? throw new CliInputException("--seeds is required: give the CSV or JSON Lines file of seed prompts.");
        var model = parse.GetValue(_model);
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new CliInputException("--model is required: give the name of the extraction model.");
        }

        var outDirectory = parse.GetValue(_out) ?? throw new CliInputException("--out is required: give the folder for the checkpoint and the graph files.");
        var concurrency = parse.GetValue(_concurrency);
        if (concurrency < 1)
        {
            throw new CliInputException("--concurrency must be at least 1.");
        }

        var seeds = await SeedPromptReader.ReadAsync(
            seedsFile.FullName,
            parse.GetValue(_textColumn) ?? "text",
            parse.GetValue(_idColumn),
            parse.GetValue(_categoryColumn),
            cancellationToken);
        var extractorClient = _endpoint.CreateChatClient(parse, model);
        var builder = new ServiceCollection().AddFalseReject()
            .UseChatClient(FalseRejectChatClientKeys.Extractor, _ => extractorClient)
            .ConfigureEntityExtraction(options =>
            {
                options.SampleCount = parse.GetValue(_samples);
                options.Temperature = parse.GetValue(_temperature);
            })
            .ConfigureEntityGraphBuilder(options => options.MaxConcurrency = concurrency);
        foreach (var voterModel in parse.GetValue(_voterModels) ?? [])
        {
            var voterClient = _endpoint.CreateChatClient(parse, voterModel);
            builder.AddEntityListVoter(voterModel, _ => voterClient);
        }

        await using var services = builder.Services.BuildServiceProvider();
        var graphBuilder = services.GetRequiredService<EntityGraphBuilder>();

        var error = parse.InvocationConfiguration.Error;
        Directory.CreateDirectory(outDirectory.FullName);
        var checkpointPath = Path.Combine(outDirectory.FullName, CheckpointFileName);
        await error.WriteLineAsync($"Building the entity graph of {seeds.Count} seeds from {seedsFile.Name} with {model}; checkpoint {checkpointPath}.");
        var result = await graphBuilder.BuildAsync(seeds, checkpointPath, new ProgressWriter(error), cancellationToken);

        var jsonPath = Path.Combine(outDirectory.FullName, JsonFileName);
        var graphMLPath = Path.Combine(outDirectory.FullName, GraphMLFileName);
        await EntityGraphSerializer.SaveAsync(result.Graph, jsonPath, EntityGraphFormat.Json, cancellationToken);
        await EntityGraphSerializer.SaveAsync(result.Graph, graphMLPath, EntityGraphFormat.GraphML, cancellationToken);

        var output = parse.InvocationConfiguration.Output;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seeds: {result.Extractions.Count} ({result.ResumedCount} resumed from the checkpoint, {result.FailedCount} failed)"));
        await GraphStatisticsWriter.WriteAsync(GraphStatistics.Compute(result.Graph), output);
        await output.WriteLineAsync($"Wrote {jsonPath} and {graphMLPath}.");

        // When every seed fails, the endpoint or the model is unusable; partly failed seeds are listed in the checkpoint.
        var allFailed = result.Extractions.Count > 0 && result.Extractions.All(extraction => extraction.Status == SeedExtractionStatus.EntitiesFailed);
        if (allFailed)
        {
            await error.WriteLineAsync($"error: entity extraction failed for every seed; the raw outputs are in {checkpointPath}.");
        }

        return allFailed ? ExitCodes.Failure : ExitCodes.Success;
    }

    // Writes one progress line per finished seed to standard error; reports arrive on several threads.
    private sealed class ProgressWriter(TextWriter error) : IProgress<EntityGraphBuildProgress>
    {
        private readonly Lock _gate = new();

        public void Report(EntityGraphBuildProgress value)
        {
            var line = value.LastSeedId is null
                ? string.Create(CultureInfo.InvariantCulture, $"graph: {value.CompletedCount}/{value.TotalCount} seeds already in the checkpoint")
                : string.Create(CultureInfo.InvariantCulture, $"graph: {value.CompletedCount}/{value.TotalCount} seeds, {value.FailedCount} failed (last: {value.LastSeedId})");
            lock (_gate)
            {
                error.WriteLine(line);
            }
        }
    }
}
