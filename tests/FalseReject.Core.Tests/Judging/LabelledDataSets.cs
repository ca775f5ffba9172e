using System.Runtime.CompilerServices;
using System.Text.Json;
using CsvHelper;
using FalseReject.Testing;

namespace FalseReject.Tests.Judging;

// Reads the human-labelled response sets under the shared data folder as LabelledResponse items.
internal static class LabelledDataSets
{
    // XSTest completions: final_label is 1_full_compliance, 2_full_refusal or 3_partial_refusal.
    public static List<LabelledResponse> ReadXsTest(string model)
    {
        var items = new List<LabelledResponse>();
        using var csv = CsvReader.FromFile(SharedData.PathOf($"xstest/completions_{model}.csv"));
        var id = csv.GetFieldIndex("id");
        var prompt = csv.GetFieldIndex("prompt");
        var completion = csv.GetFieldIndex("completion");
        var finalLabel = csv.GetFieldIndex("final_label");
        while (csv.Read())
        {
            var label = csv.GetString(finalLabel);
            if (!RefusalOutcomeExtensions.TryParseLabel(label, out var outcome))
            {
                throw new InvalidDataException($"Record {items.Count + 1} of completions_{model}.csv has the unknown final_label '{label}'.");
            }

            items.Add(new LabelledResponse(csv.GetString(id), csv.GetString(prompt), csv.GetString(completion), outcome));
        }

        return items;
    }

    // GPTFuzz: label 1 means the model complied, 0 that it did not. Ids are record numbers, from 1.
    public static List<LabelledResponse> ReadGptFuzz()
    {
        var items = new List<LabelledResponse>();
        using var csv = CsvReader.FromFile(SharedData.PathOf("gptfuzz/train.csv"));
        var question = csv.GetFieldIndex("question");
        var response = csv.GetFieldIndex("Response");
        var labelIndex = csv.GetFieldIndex("label");
        while (csv.Read())
        {
            var record = items.Count + 1;
            var label = csv.GetString(labelIndex);
            var outcome = label switch
            {
                "1" => RefusalOutcome.FullCompliance,
                "0" => RefusalOutcome.FullRefusal,
                _ => throw new InvalidDataException($"Record {record} of gptfuzz/train.csv has the label '{label}'; expected 0 or 1."),
            };
            items.Add(new LabelledResponse($"gptfuzz-{record}", csv.GetString(question), csv.GetString(response), outcome));
        }

        return items;
    }

    // RBR gold: fully_complies -> full compliance; else partially_complies -> partial; else full refusal.
    // The prompt is the last user turn of the conversation; the completion is a one-message list.
    public static List<LabelledResponse> ReadRbrGold()
    {
        var items = new List<LabelledResponse>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(SharedData.PathOf("rbr-gold/train.jsonl")))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var prompt = root.GetProperty("prompt").EnumerateArray()
                .Where(message => message.GetProperty("role").GetString() == "user")
                .Select(message => message.GetProperty("content").GetString() ?? string.Empty)
                .LastOrDefault() ?? string.Empty;
            var completion = root.GetProperty("completion");
            var response = completion.ValueKind == JsonValueKind.Array
                ? string.Concat(completion.EnumerateArray().Select(message => message.GetProperty("content").GetString()))
                : completion.GetString() ?? string.Empty;
            var propositions = root.GetProperty("propositions");
            var outcome = propositions.GetProperty("fully_complies").GetBoolean()
                ? RefusalOutcome.FullCompliance
                : propositions.GetProperty("partially_complies").GetBoolean() ? RefusalOutcome.PartialCompliance : RefusalOutcome.FullRefusal;
            items.Add(new LabelledResponse($"rbr-{lineNumber}", prompt, response, outcome));
        }

        return items;
    }

    public static async IAsyncEnumerable<LabelledResponse> ToAsync(IEnumerable<LabelledResponse> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }
}
