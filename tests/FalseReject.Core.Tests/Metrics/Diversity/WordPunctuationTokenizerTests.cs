namespace FalseReject.Tests.Metrics.Diversity;

public sealed class WordPunctuationTokenizerTests
{
    [Theory]
    [InlineData("Hello, World!", new[] { "hello", ",", "world", "!" })]
    [InlineData("Don't stop...", new[] { "don", "'", "t", "stop", ".", ".", "." })]
    [InlineData("snake_case x2", new[] { "snake_case", "x2" })]
    [InlineData("  \t\n ", new string[0])]
    [InlineData("", new string[0])]
    public void Tokenize_AsciiText_SplitsWordsAndPunctuation(string text, string[] expected)
    {
        Assert.Equal(expected, WordPunctuationTokenizer.Instance.Tokenize(text));
    }

    [Theory]
    [InlineData("x\u00B2 \u00BD", new[] { "x\u00B2", "\u00BD" })] // No characters are numeric, so Python's \w matches them.
    [InlineData("\u2160\u2161", new[] { "\u2170\u2171" })] // Nl Roman numerals are word characters and lower-case.
    [InlineData("cafe\u0301", new[] { "cafe", "\u0301" })] // A combining mark (Mn) is not a word character.
    [InlineData("\u0915\u094D", new[] { "\u0915", "\u094D" })] // Nor is a virama.
    [InlineData("a\u203Fb", new[] { "a", "\u203F", "b" })] // Connector punctuation other than "_" is not either.
    [InlineData("a\u200Db", new[] { "a", "\u200D", "b" })] // Nor is the zero-width joiner.
    [InlineData("a\u001Cb\u2028c", new[] { "a", "b", "c" })] // U+001C and U+2028 are whitespace.
    [InlineData("a\u00A0b", new[] { "a", "b" })]
    [InlineData("hi\U0001F600!", new[] { "hi", "\U0001F600", "!" })] // One token per code point, not per UTF-16 unit.
    [InlineData("\U00010400x", new[] { "\U00010428x" })] // Deseret capital letter lower-cases outside the BMP.
    public void Tokenize_UnicodeText_FollowsPythonClasses(string text, string[] expected)
    {
        Assert.Equal(expected, WordPunctuationTokenizer.Instance.Tokenize(text));
    }

    [Theory]
    [InlineData("\u0130", new[] { "i", "\u0307" })] // Full lowercase mapping: "i" followed by a combining dot.
    [InlineData("\u039F\u0394\u039F\u03A3", new[] { "\u03BF\u03B4\u03BF\u03C2" })] // Final sigma.
    [InlineData("\u03A3\u0391", new[] { "\u03C3\u03B1" })] // Sigma at the start of a word.
    [InlineData("\u0391\u03A3\u0391", new[] { "\u03B1\u03C3\u03B1" })] // Sigma inside a word.
    [InlineData("\u0391\u03A3.", new[] { "\u03B1\u03C2", "." })]
    [InlineData("\u03A3", new[] { "\u03C3" })] // No cased letter before it.
    public void Tokenize_SpecialCasing_MatchesPythonLower(string text, string[] expected)
    {
        Assert.Equal(expected, WordPunctuationTokenizer.Instance.Tokenize(text));
    }

    [Fact]
    public void Tokenize_LoneSurrogate_IsOneToken()
    {
        Assert.Equal(["a", "\uD800", "b"], WordPunctuationTokenizer.Instance.Tokenize("a\uD800b"));
    }

    [Fact]
    public void Tokenize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => WordPunctuationTokenizer.Instance.Tokenize(null!));
    }
}
