using System.ClientModel;
using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace FalseReject.Cli;

// The options and action of 'graph build'. The bare 'graph' command gets its own instance, so both accept the same options.
internal sealed class GraphBuildOptions
{
    public const string CheckpointFileName = "extractions.jsonl";
    public const string JsonFileName = "graph.json";
    public const string GraphMLFileName = "graph.graphml";
    private const string DefaultApiKeyVariable = "OPENAI_API_KEY";

    private readonly Option<FileInfo> _seeds = new("--seeds") { Description = "The seed prompts: a CSV file with a header row, or a JSON Lines file (.jsonl)." };
    private readonly Option<Uri> _endpoint = new("--endpoint") { Description = "The base address of an OpenAI-compatible API, such as http://127.0.0.1:8000/v1." };
    private readonly Option<string> _model = new("--model") { Description = "The model that extracts entities and relations." };
    private readonly Option<string> _apiKeyVariable = new("--api-key-env") { Description = $"The environment variable that holds the API key; default {DefaultApiKeyVariable}, which may be unset for servers without keys." };
    private readonly Option<string> _textColumn = new("--text-column") { Description = "The column holding the prompt text.", DefaultValueFactory = _ => "text" };
    private readonly Option<string?> _idColumn = new("--id-column") { Description = "The column holding the seed id; default: an 'id' or 'index' column when present, otherwise the row number." };
    private readonly Option<string?> _categoryColumn = new("--category-column") { Description = "The column holding the harm category, if any." };
    private readonly Option<DirectoryInfo> _out = new("--out") { Description = $"The output folder: {CheckpointFileName} (the resumable per-seed checkpoint), {JsonFileName} and {GraphMLFileName}." };
    private readonly Option<string[]> _voterModels = new("--voter-model") { Description = "A model that votes for the best candidate entity list, on the same endpoint; repeat for an ensemble. Default: the extraction model." };
    private readonly Option<int> _samples = new("--samples") { Description = "How many candidate entity lists to extract per seed.", DefaultValueFactory = _ => FalseRejectDefaultsForCli.SampleCount };
    private readonly Option<double> _temperature = new("--temperature") { Description = "The sampling temperature of entity extraction, above 0.", DefaultValueFactory = _ => FalseRejectDefaultsForCli.Temperature };
    private readonly Option<int> _concurrency = new("--concurrency") { Description = "How many seeds are extracted at the same time.", DefaultValueFactory = _ => FalseRejectDefaultsForCli.MaxConcurrency };

    public void AddTo(Command command)
    {
        command.Options.Add(_seeds);
        command.Options.Add(_endpoint);
        command.Options.Add(_model);
        command.Options.Add(_apiKeyVariable);
        command.Options.Add(_textColumn);
        command.Options.Add(_idColumn);
        command.Options.Add(_categoryColumn);
        command.Options.Add(_out);
        command.Options.Add(_voterModels);
        command.Options.Add(_samples);
        command.Options.Add(_temperature);
        command.Options.Add(_concurrency);
        command.SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var seedsFile = parse.GetValue(_seeds);
        var endpoint = parse.GetValue(_endpoint);
        var model = parse.GetValue(_model);
        var outDirectory = parse.GetValue(_out);
        var problems = new List<string>();
        if (seedsFile is null)
        {
            problems.Add("Option '--seeds' is required: give the CSV or JSON Lines file of seed prompts.");
        }
        else if (!seedsFile.Exists)
        {
            problems.Add($"The seed file '{seedsFile.FullName}' was not found.");
        }

        if (endpoint is null || !endpoint.IsAbsoluteUri)
        {
            problems.Add("Option '--endpoint' is required and must be an absolute URL, such as http://127.0.0.1:8000/v1.");
        }

        if (string.IsNullOrWhiteSpace(model))
        {
            problems.Add("Option '--model' is required: give the name of the extraction model.");
        }

        if (outDirectory is null)
        {
            problems.Add("Option '--out' is required: give the folder for the checkpoint and the graph files.");
        }

        var apiKey = ResolveApiKey(parse, problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return ExitCodes.InvalidInput;
        }

        IReadOnlyList<SeedPrompt> seeds;
        try
        {
            seeds = await SeedPromptReader.ReadAsync(seedsFile!.FullName, parse.GetValue(_textColumn)!, parse.GetValue(_idColumn), parse.GetValue(_categoryColumn), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var services = new ServiceCollection();
        var builder = services.AddFalseReject()
            .UseChatClient(FalseRejectChatClientKeys.Extractor, _ => CreateChatClient(endpoint!, model!, apiKey))
            .ConfigureEntityExtraction(options =>
            {
                options.SampleCount = parse.GetValue(_samples);
                options.Temperature = parse.GetValue(_temperature);
            })
            .ConfigureEntityGraphBuilder(options => options.MaxConcurrency = parse.GetValue(_concurrency));
        foreach (var voterModel in parse.GetValue(_voterModels) ?? [])
        {
            builder.AddEntityListVoter(voterModel, _ => CreateChatClient(endpoint!, voterModel, apiKey));
        }

        await using var provider = services.BuildServiceProvider();
        EntityGraphBuilder graphBuilder;
        try
        {
            graphBuilder = provider.GetRequiredService<EntityGraphBuilder>();
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Invalid option value: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        Directory.CreateDirectory(outDirectory!.FullName);
        await error.WriteLineAsync($"Building the entity graph of {seeds.Count} seeds from '{seedsFile!.Name}' with model '{model}'.").ConfigureAwait(false);
        var result = await graphBuilder.BuildAsync(
            seeds,
            Path.Combine(outDirectory.FullName, CheckpointFileName),
            new ProgressWriter(error),
            cancellationToken).ConfigureAwait(false);

        var jsonPath = Path.Combine(outDirectory.FullName, JsonFileName);
        var graphMLPath = Path.Combine(outDirectory.FullName, GraphMLFileName);
        await EntityGraphSerializer.SaveAsync(result.Graph, jsonPath, EntityGraphFormat.Json, cancellationToken).ConfigureAwait(false);
        await EntityGraphSerializer.SaveAsync(result.Graph, graphMLPath, EntityGraphFormat.GraphML, cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seeds: {result.Extractions.Count} ({result.ResumedCount} resumed from the checkpoint, {result.FailedCount} failed)")).ConfigureAwait(false);
        await GraphStatisticsWriter.WriteAsync(GraphStatistics.Compute(result.Graph), output).ConfigureAwait(false);
        await output.WriteLineAsync($"Wrote {jsonPath}, {graphMLPath} and {Path.Combine(outDirectory.FullName, CheckpointFileName)}").ConfigureAwait(false);

        // Every seed failing means the endpoint or model is unusable, not that the seeds were hard.
        return result.Extractions.Count > 0 && result.Extractions.All(extraction => extraction.Status == SeedExtractionStatus.EntitiesFailed)
            ? ExitCodes.Failed
            : ExitCodes.Success;
    }

    private string ResolveApiKey(ParseResult parse, List<string> problems)
    {
        var variable = parse.GetValue(_apiKeyVariable);
        var key = Environment.GetEnvironmentVariable(variable ?? DefaultApiKeyVariable);
        if (!string.IsNullOrEmpty(key))
        {
            return key;
        }

        if (variable is not null)
        {
            problems.Add($"The environment variable '{variable}' named by --api-key-env is not set; set it to the API key.");
        }

        // The OpenAI client needs a non-empty key; local servers without authentication ignore it.
        return "unused";
    }

    private static IChatClient CreateChatClient(Uri endpoint, string model, string apiKey) =>
        new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = endpoint }).AsIChatClient();

    // Writes one progress line per finished seed to standard error; reports may arrive on several threads.
    private sealed class ProgressWriter(TextWriter error) : IProgress<EntityGraphBuildProgress>
    {
        private readonly Lock _gate = new();

        public void Report(EntityGraphBuildProgress value)
        {
            lock (_gate)
            {
                error.WriteLine(value.LastSeedId is null
                    ? string.Create(CultureInfo.InvariantCulture, $"graph: {value.CompletedCount}/{value.TotalCount} seeds already in the checkpoint")
                    : string.Create(CultureInfo.InvariantCulture, $"graph: {value.CompletedCount}/{value.TotalCount} seeds, {value.FailedCount} failed (last: {value.LastSeedId})"));
            }
        }
    }
}
