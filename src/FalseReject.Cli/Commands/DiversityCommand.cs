using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject.Cli.Commands;

/// <summary>
/// Provides the <c>diversity</c> command: Self-BLEU-4, Distinct-1 and Distinct-2 of one text column of a data set file.
/// </summary>
internal static class DiversityCommand
{
    /// <summary>
    /// Creates the command.
    /// </summary>
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The data set file: JSON Lines (.jsonl, .ndjson, .json), TSV (.tsv), or CSV with a header row (any other extension).", Required = true };
        var column = new Option<string>("--column") { Description = "The column that contains the texts.", Required = true };
        var where = new Option<string[]>("--where") { Description = "Keeps only rows whose COLUMN equals VALUE, written COLUMN=VALUE; repeat to require several." };
        var groupBy = new Option<string>("--group-by") { Description = "Also reports the metrics of each value of this column separately." };
        var json = new Option<bool>("--json") { Description = "Writes one JSON object instead of a table." };

        var command = new Command("diversity", "Measures the diversity of a set of texts: Self-BLEU-4 (lower is more diverse) and Distinct-1 and Distinct-2 (higher is more diverse).")
        {
            input,
            column,
            where,
            groupBy,
            json,
        };

        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var inputPath = parse.GetRequiredValue(input);
            var textColumn = parse.GetRequiredValue(column);
            var groupColumn = parse.GetValue(groupBy);
            var filters = ParseFilters(parse.GetValue(where) ?? []);

            // A missing file or column raises FileNotFoundException or DatasetFormatException, which exit with 2.
            var rows = await TextColumnReader.ReadAsync(inputPath, textColumn, filters, groupColumn, cancellationToken).ConfigureAwait(false);

            var services = new ServiceCollection();
            services.AddFalseReject();
            using var provider = services.BuildServiceProvider();
            var metrics = provider.GetRequiredService<IDiversityMetrics>();

            var overall = metrics.Measure(rows.Select(row => row.Text).ToList());
            var groups = groupColumn is null
                ? null
                : metrics.MeasureByCategory(rows, row => row.Text, row => row.Group!);

            if (parse.GetValue(json))
            {
                output.WriteLine(CreateJson(inputPath, textColumn, filters, overall, groups).ToJsonString());
            }
            else
            {
                WriteTable(output, inputPath, textColumn, filters, overall, groups);
            }

            return ExitCodes.Success;
        });

        return command;
    }

    private static List<KeyValuePair<string, string>> ParseFilters(string[] values)
    {
        var filters = new List<KeyValuePair<string, string>>();
        foreach (var value in values)
        {
            var separator = value.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new CliInputException($"The filter '--where {value}' is invalid; write it as COLUMN=VALUE, such as label=safe.");
            }

            filters.Add(new KeyValuePair<string, string>(value[..separator], value[(separator + 1)..]));
        }

        return filters;
    }

    private static JsonObject CreateJson(string input, string column, List<KeyValuePair<string, string>> filters, DiversityReport overall, IReadOnlyDictionary<string, DiversityReport>? groups)
    {
        var result = new JsonObject
        {
            ["input"] = input,
            ["column"] = column,
            ["where"] = new JsonArray(filters.Select(filter => (JsonNode?)JsonValue.Create($"{filter.Key}={filter.Value}")).ToArray()),
        };
        AddMetrics(result, overall);
        if (groups is not null)
        {
            var groupObject = new JsonObject();
            foreach (var (name, report) in groups)
            {
                var entry = new JsonObject();
                AddMetrics(entry, report);
                groupObject[name] = entry;
            }

            result["groups"] = groupObject;
        }

        return result;
    }

    private static void AddMetrics(JsonObject target, DiversityReport report)
    {
        target["count"] = report.Count;
        target["tokens"] = report.TokenCount;
        target["self_bleu_4"] = report.SelfBleu;
        target["distinct_1"] = report.Distinct1;
        target["distinct_2"] = report.Distinct2;
    }

    private static void WriteTable(TextWriter output, string input, string column, List<KeyValuePair<string, string>> filters, DiversityReport overall, IReadOnlyDictionary<string, DiversityReport>? groups)
    {
        var selection = filters.Count == 0 ? string.Empty : $", where {string.Join(" and ", filters.Select(filter => $"{filter.Key}={filter.Value}"))}";
        output.WriteLine($"Diversity of column '{column}' in {input}{selection}");
        output.WriteLine();

        var rows = new List<(string Name, DiversityReport Report)> { ("(all)", overall) };
        if (groups is not null)
        {
            rows.AddRange(groups.Select(pair => (pair.Key, pair.Value)));
        }

        var nameWidth = Math.Max("group".Length, rows.Max(row => row.Name.Length));
        output.WriteLine($"{"group".PadRight(nameWidth)}  {"texts",8}  {"tokens",10}  {"Self-BLEU-4",11}  {"Distinct-1",10}  {"Distinct-2",10}");
        foreach (var (name, report) in rows)
        {
            output.WriteLine($"{name.PadRight(nameWidth)}  {report.Count,8}  {report.TokenCount,10}  {Format(report.SelfBleu),11}  {Format(report.Distinct1),10}  {Format(report.Distinct2),10}");
        }

        output.WriteLine();
        output.WriteLine("Self-BLEU-4: lower is more diverse. Distinct-n: higher is more diverse. n/a: too few texts or tokens.");
    }

    private static string Format(double? value) => value?.ToString("F6", CultureInfo.InvariantCulture) ?? "n/a";
}
