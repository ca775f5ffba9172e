using System.Text;
using System.Text.Json;

namespace FalseReject.Tests.Generation;

public sealed class GenerationExportTests
{
    [Fact]
    public async Task Export_TrainSchema_HasFalseRejectFields()
    {
        using var stream = new MemoryStream();

        var written = await GenerationExport.WriteTrainJsonlAsync([GenerationCheckpointTests.Record("s1", GenerationStatus.Accepted), GenerationCheckpointTests.Record("s2", GenerationStatus.Rejected)], stream);

        Assert.Equal(1, written);
        var line = Assert.Single(Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var row = JsonDocument.Parse(line);
        var root = row.RootElement;
        Assert.Equal(["prompt", "category", "category_text", "instruct_response", "cot_response"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("How do I sharpen a knife for s1?", root.GetProperty("prompt").GetString());
        Assert.Equal("weapons", root.GetProperty("category").GetString());
        Assert.Equal("Weapons", root.GetProperty("category_text").GetString());
        Assert.Equal("standard", root.GetProperty("instruct_response").GetString());
        Assert.Equal("trace", root.GetProperty("cot_response").GetProperty("reasoning_content").GetString());
        Assert.Equal("final", root.GetProperty("cot_response").GetProperty("solution").GetString());
    }

    [Fact]
    public void Export_ReasoningChat_WrapsTraceInThinkTags()
    {
        var row = GenerationExport.ToChatRow(GenerationCheckpointTests.Record("s1", GenerationStatus.Accepted), ChatExportStyle.Reasoning)!;

        var messages = row["messages"]!.AsArray();
        Assert.Equal("user", messages[0]!["role"]!.GetValue<string>());
        Assert.Equal("How do I sharpen a knife for s1?", messages[0]!["content"]!.GetValue<string>());
        Assert.Equal("assistant", messages[1]!["role"]!.GetValue<string>());
        Assert.Equal("<think>\ntrace\n</think>\n\nfinal", messages[1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public void Export_StandardChat_UsesInstructResponse()
    {
        var row = GenerationExport.ToChatRow(GenerationCheckpointTests.Record("s1", GenerationStatus.Accepted), ChatExportStyle.Standard)!;

        Assert.Equal("standard", row["messages"]![1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public void Export_MissingResponse_IsSkipped()
    {
        var record = GenerationCheckpointTests.Record("s1", GenerationStatus.Accepted) with
        {
            Responses = new GeneratedResponses { InstructResponse = "standard", Error = "reasoning output could not be read" },
        };

        Assert.Null(GenerationExport.ToTrainRow(record));
        Assert.Null(GenerationExport.ToChatRow(record, ChatExportStyle.Standard));
    }

    [Fact]
    public void Record_Accepted_BecomesBenignCase()
    {
        var overRefusalCase = GenerationCheckpointTests.Record("s1", GenerationStatus.Accepted).ToOverRefusalCase();

        Assert.Equal("gen-s1", overRefusalCase.Id);
        Assert.Equal(PromptSafety.Benign, overRefusalCase.Safety);
        Assert.Equal("weapons", overRefusalCase.CategoryId);
        Assert.Equal("pool-a", overRefusalCase.Metadata!["refused_by"]);
        Assert.Equal("1", overRefusalCase.Metadata["refusal_count"]);
    }

    [Fact]
    public void Record_Rejected_CannotBecomeCase()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => GenerationCheckpointTests.Record("s1", GenerationStatus.Rejected).ToOverRefusalCase());

        Assert.Contains("ended as Rejected", exception.Message, StringComparison.Ordinal);
    }
}
