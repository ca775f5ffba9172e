using System.Text.Json;
using FalseReject.Testing;

namespace FalseReject.Cli.Tests.Commands;

public sealed class JudgeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("falsereject-judge-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SharedDataFact]
    public async Task Judge_XSTestContract_WritesIdAndLabelPerLine()
    {
        var output = Path.Combine(_directory, "verdicts.jsonl");

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "judge", "--input", SharedData.PathOf("xstest/completions_gpt4.csv"), "--id-column", "id",
            "--prompt-column", "prompt", "--response-column", "completion", "--output", output);

        Assert.True(exitCode == 0, stderr);
        var lines = File.ReadAllLines(output);
        Assert.Equal(450, lines.Length);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("id").GetString()));
            Assert.Contains(json.RootElement.GetProperty("label").GetString(), new[] { "full_compliance", "partial_compliance", "full_refusal", "undecided" });
        });
        Assert.Contains("| homonyms |", stdout, StringComparison.Ordinal);
        Assert.Contains("Agreement with the 450 human labels", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_ShippedSample_PrintsPerCategoryReport()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync(
            "judge", "--input", Path.Combine(SharedData.RepositoryRoot, "samples", "data", "recorded-responses.jsonl"), "--output", Path.Combine(_directory, "v.jsonl"));

        Assert.Equal(0, exitCode);
        Assert.Contains("tech (Technical terms that sound violent)", stdout, StringComparison.Ordinal);
        Assert.Contains("Wrote 26 verdicts", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_DuplicateIds_ExitsWithInvalidInput()
    {
        var input = Write("dup.jsonl", "{\"id\":\"a\",\"prompt\":\"p\",\"response\":\"r\"}\n{\"id\":\"a\",\"prompt\":\"q\",\"response\":\"s\"}\n");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("judge", "--input", input, "--output", Path.Combine(_directory, "v.jsonl"));

        Assert.Equal(2, exitCode);
        Assert.Contains("'a' appears twice", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_UnknownNamedColumn_ExitsWithInvalidInput()
    {
        var input = Write("data.csv", "id,prompt,response\n1,p,r\n");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("judge", "--input", input, "--id-column", "ident", "--output", Path.Combine(_directory, "v.jsonl"));

        Assert.Equal(2, exitCode);
        Assert.Contains("'ident'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_OutputIsFolder_ExitsWithInvalidInput()
    {
        var input = Write("data.csv", "id,prompt,response\n1,p,r\n");

        var (exitCode, _, stderr) = await CliRunner.RunAsync("judge", "--input", input, "--output", _directory);

        Assert.Equal(2, exitCode);
        Assert.Contains("is a folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_EmptyInput_ExitsWithInvalidInput()
    {
        var input = Write("empty.jsonl", string.Empty);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("judge", "--input", input, "--output", Path.Combine(_directory, "v.jsonl"));

        Assert.Equal(2, exitCode);
        Assert.Contains("has no records", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_UnknownOption_ExitsWithInvalidInput()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("judge", "--inptu", "x");

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
