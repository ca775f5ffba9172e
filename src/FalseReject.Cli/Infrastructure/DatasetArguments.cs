using System.CommandLine;

namespace FalseReject.Cli;

/// <summary>
/// Provides the options every command that reads a data set shares: format and column names.
/// </summary>
internal sealed class DatasetArguments
{
    private const string FormatNames = "auto, native, xstest-prompts, xstest-completions, falsereject, or-bench, gptfuzz, rbr-gold";

    public Option<string> Format { get; } = new("--format") { Description = $"The data set format: {FormatNames}.", DefaultValueFactory = _ => "auto" };

    public Option<string?> IdColumn { get; } = new("--id-column") { Description = "The column that holds case ids; without one, line numbers are ids." };

    public Option<string?> PromptColumn { get; } = new("--prompt-column") { Description = "The column that holds the prompt text." };

    public Option<string?> ResponseColumn { get; } = new("--response-column") { Description = "The column that holds recorded responses." };

    public Option<string?> CategoryColumn { get; } = new("--category-column") { Description = "The column that holds category ids." };

    public Option<string?> LabelColumn { get; } = new("--label-column") { Description = "The column that holds human labels." };

    public Option<string?> SafetyColumn { get; } = new("--safety-column") { Description = "The column that marks prompts safe/benign or unsafe/harmful." };

    public Option<string[]> LabelMap { get; } = new("--label-map")
    {
        Description = "Maps a label value to an outcome, such as 1=full_compliance; repeat for each value.",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(IdColumn);
        command.Options.Add(PromptColumn);
        command.Options.Add(ResponseColumn);
        command.Options.Add(CategoryColumn);
        command.Options.Add(LabelColumn);
        command.Options.Add(SafetyColumn);
        command.Options.Add(LabelMap);
    }

    /// <summary>
    /// Builds reader options from the parsed arguments.
    /// </summary>
    /// <exception cref="CliInputException">The format or a label map entry is invalid.</exception>
    public DatasetOptions ToOptions(ParseResult parse)
    {
        var format = ParseFormat(parse.GetValue(Format) ?? "auto");
        var labelMap = ParseLabelMap(parse.GetValue(LabelMap) ?? []);
        var id = parse.GetValue(IdColumn);
        var prompt = parse.GetValue(PromptColumn);
        var response = parse.GetValue(ResponseColumn);
        var category = parse.GetValue(CategoryColumn);
        var label = parse.GetValue(LabelColumn);
        var safety = parse.GetValue(SafetyColumn);
        return new DatasetOptions
        {
            Format = format,
            ConfigureColumns = columns => columns with
            {
                IdColumn = id ?? columns.IdColumn,
                PromptColumn = prompt ?? columns.PromptColumn,
                ResponseColumn = response ?? columns.ResponseColumn,
                CategoryColumn = category ?? columns.CategoryColumn,
                LabelColumn = label ?? columns.LabelColumn,
                SafetyColumn = safety ?? columns.SafetyColumn,
                LabelMap = labelMap ?? columns.LabelMap,
            },
        };
    }

    private static DatasetFormat ParseFormat(string value) => value.Trim().ToLowerInvariant() switch
    {
        "auto" => DatasetFormat.Auto,
        "native" or "jsonl" or "csv" => DatasetFormat.Native,
        "xstest-prompts" or "xstest" => DatasetFormat.XSTestPrompts,
        "xstest-completions" => DatasetFormat.XSTestCompletions,
        "falsereject" => DatasetFormat.FalseReject,
        "or-bench" or "orbench" => DatasetFormat.OrBench,
        "gptfuzz" => DatasetFormat.GptFuzz,
        "rbr-gold" or "rbr" => DatasetFormat.RbrGold,
        _ => throw new CliInputException($"Unknown --format '{value}'; use one of: {FormatNames}."),
    };

    private static Dictionary<string, RefusalOutcome>? ParseLabelMap(string[] entries)
    {
        if (entries.Length == 0)
        {
            return null;
        }

        var map = new Dictionary<string, RefusalOutcome>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || !RefusalOutcomeExtensions.TryParseLabel(parts[1], out var outcome))
            {
                throw new CliInputException($"Invalid --label-map entry '{entry}'; write VALUE=full_compliance, VALUE=partial_compliance or VALUE=full_refusal.");
            }

            map[parts[0]] = outcome;
        }

        return map;
    }
}
