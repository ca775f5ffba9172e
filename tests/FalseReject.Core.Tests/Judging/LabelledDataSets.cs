using System.Runtime.CompilerServices;
using FalseReject.Testing;

namespace FalseReject.Tests.Judging;

// Reads the human-labelled response sets under the shared data folder through the library's own data set reader.
internal static class LabelledDataSets
{
    // XSTest completions: final_label is 1_full_compliance, 2_full_refusal or 3_partial_refusal.
    public static List<LabelledResponse> ReadXsTest(string model) =>
        Read($"xstest/completions_{model}.csv", DatasetFormat.XSTestCompletions, id => id);

    // GPTFuzz: label 1 means the model complied, 0 that it did not. Ids are record numbers, from 1.
    public static List<LabelledResponse> ReadGptFuzz() =>
        Read("gptfuzz/train.csv", DatasetFormat.GptFuzz, id => $"gptfuzz-{id}");

    // RBR gold: fully_complies -> full compliance; else partially_complies -> partial; else full refusal.
    // The prompt is the last user turn of the conversation.
    public static List<LabelledResponse> ReadRbrGold() =>
        Read("rbr-gold/train.jsonl", DatasetFormat.RbrGold, id => $"rbr-{id}");

    public static async IAsyncEnumerable<LabelledResponse> ToAsync(IEnumerable<LabelledResponse> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    private static List<LabelledResponse> Read(string relativePath, DatasetFormat format, Func<string, string> id)
    {
        var items = new List<LabelledResponse>();
        var responses = DatasetReader.ReadResponsesAsync(SharedData.PathOf(relativePath), new DatasetOptions { Format = format }).ToBlockingEnumerable();
        foreach (var response in responses)
        {
            var label = response.HumanLabel ?? throw new InvalidDataException($"{relativePath}: case {response.Case.Id} has no human label.");
            items.Add(new LabelledResponse(id(response.Case.Id), response.Case.Prompt, response.Response, label));
        }

        return items;
    }
}
