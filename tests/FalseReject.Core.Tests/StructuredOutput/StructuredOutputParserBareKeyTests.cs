namespace FalseReject.Tests.StructuredOutput;

public sealed class StructuredOutputParserBareKeyTests
{
    [Fact]
    public void TryParse_UnquotedKeys_AreQuoted()
    {
        var parsed = StructuredOutputParser.TryParse("{entities: [{name: \"pipe bomb\", type: 'object'}]}", out var json);

        Assert.True(parsed);
        var entity = json!.Value.GetProperty("entities")[0];
        Assert.Equal("pipe bomb", entity.GetProperty("name").GetString());
        Assert.Equal("object", entity.GetProperty("type").GetString());
    }

    [Fact]
    public void TryParse_UnquotedKeyLookalikeInsideString_IsKept()
    {
        var parsed = StructuredOutputParser.TryParse("{choice: 2, reason: \"list 2, note: it names more\"}", out var json);

        Assert.True(parsed);
        Assert.Equal(2, json!.Value.GetProperty("choice").GetInt32());
        Assert.Equal("list 2, note: it names more", json.Value.GetProperty("reason").GetString());
    }

    [Fact]
    public void TryParse_TypographicDoubleQuotes_AreReplaced()
    {
        var parsed = StructuredOutputParser.TryParse("Here: {\u201Cchoice\u201D: 3}", out var json);

        Assert.True(parsed);
        Assert.Equal(3, json!.Value.GetProperty("choice").GetInt32());
    }

    [Fact]
    public void TryParse_ThinkTagFenceTrailingCommaAndBareKeys_Parses()
    {
        var output = "<think>The list should be {short}.</think>Sure!\n```json\n{relations: [{source: 'a', label: 'b', target: 'c',},],}\n```";

        var parsed = StructuredOutputParser.TryParse(output, out var json);

        Assert.True(parsed);
        Assert.Equal("c", json!.Value.GetProperty("relations")[0].GetProperty("target").GetString());
    }
}
