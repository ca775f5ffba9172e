namespace FalseReject.Tests.StructuredOutput;

public sealed class StructuredOutputParserTests
{
    [Theory]
    [InlineData("""{"a": 1}""")]
    [InlineData("```json\n{\"a\": 1}\n```")]
    [InlineData("Sure! Here it is: {\"a\": 1} Hope that helps.")]
    [InlineData("<think>maybe {\"a\": 2}</think>{\"a\": 1}")]
    [InlineData("reasoning without an opening tag {\"a\": 2}</think>\n{\"a\": 1}")]
    [InlineData("""{"a": 1,}""")]
    [InlineData("{'a': 1}")]
    public void TryParse_RecoversTheObject(string output)
    {
        Assert.True(StructuredOutputParser.TryParse(output, out var json));
        Assert.Equal(1, json.Value.GetProperty("a").GetInt32());
    }

    [Fact]
    public void TryParse_SingleQuotedValueWithApostropheAndDoubleQuote_IsRecovered()
    {
        Assert.True(StructuredOutputParser.TryParse("{'text': 'it\\'s a \"quote\"'}", out var json));
        Assert.Equal("it's a \"quote\"", json.Value.GetProperty("text").GetString());
    }

    [Fact]
    public void TryParse_ProseWithApostropheBeforeJson_IsRecovered()
    {
        Assert.True(StructuredOutputParser.TryParse("Here's the list: [\"x\", \"y\"]", out var json));
        Assert.Equal(2, json.Value.GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("no json here")]
    [InlineData("{ unbalanced")]
    public void TryParse_NoJson_ReturnsFalse(string output)
    {
        Assert.False(StructuredOutputParser.TryParse(output, out _));
    }
}
