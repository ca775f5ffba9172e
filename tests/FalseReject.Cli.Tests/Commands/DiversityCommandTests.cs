using System.Text.Json;
using FalseReject.Testing;

namespace FalseReject.Cli.Tests.Commands;

public sealed class DiversityCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("falsereject-diversity-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SharedDataFact]
    public async Task Json_XsTestSafePrompts_MatchesNltkReference()
    {
        var (exitCode, output, error) = await RunAsync("diversity", "--input", SharedData.PathOf("xstest/xstest_prompts.csv"), "--column", "prompt", "--where", "label=safe", "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(250, root.GetProperty("count").GetInt32());
        Assert.Equal(0.208963659546, root.GetProperty("self_bleu_4").GetDouble(), 1e-9);
        Assert.Equal(0.320048309179, root.GetProperty("distinct_1").GetDouble(), 1e-9);
        Assert.Equal(0.700089525515, root.GetProperty("distinct_2").GetDouble(), 1e-9);
    }

    [SharedDataFact]
    public async Task Table_XsTestByLabel_ListsEachGroup()
    {
        var (exitCode, output, _) = await RunAsync("diversity", "--input", SharedData.PathOf("xstest/xstest_prompts.csv"), "--column", "prompt", "--group-by", "label");

        Assert.Equal(0, exitCode);
        Assert.Contains("0.486109", output, StringComparison.Ordinal);
        Assert.Contains("0.208964", output, StringComparison.Ordinal);
        Assert.Contains("0.329982", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_JsonLinesWithNumberFilter_ReportsGroups()
    {
        var path = WriteFile("rows.jsonl",
            """
            {"text": "a b c d", "split": 1, "kind": "x"}
            {"text": "a b c d", "split": 1, "kind": "x"}

            {"text": "e f", "split": 2, "kind": "y"}
            {"text": "g h", "split": 1, "kind": "y"}
            """);

        var (exitCode, output, _) = await RunAsync("diversity", "--input", path, "--column", "text", "--where", "split=1", "--group-by", "kind", "--json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("count").GetInt32());
        Assert.Equal(10, root.GetProperty("tokens").GetInt64());
        Assert.Equal(1.0, root.GetProperty("groups").GetProperty("x").GetProperty("self_bleu_4").GetDouble(), 1e-12);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("groups").GetProperty("y").GetProperty("self_bleu_4").ValueKind);
    }

    [Fact]
    public async Task MissingColumn_Exits2AndNamesFileAndColumn()
    {
        var path = WriteFile("rows.csv", "id,prompt\n1,hello there\n");

        var (exitCode, _, error) = await RunAsync("diversity", "--input", path, "--column", "completion");

        Assert.Equal(2, exitCode);
        Assert.Contains("'completion'", error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingWhereColumn_Exits2()
    {
        var path = WriteFile("rows.csv", "id,prompt\n1,hello there\n");

        var (exitCode, _, error) = await RunAsync("diversity", "--input", path, "--column", "prompt", "--where", "label=safe");

        Assert.Equal(2, exitCode);
        Assert.Contains("'label'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_Exits2AndNamesFile()
    {
        var path = Path.Combine(_directory, "absent.csv");

        var (exitCode, _, error) = await RunAsync("diversity", "--input", path, "--column", "prompt");

        Assert.Equal(2, exitCode);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLinesMissingColumn_Exits2()
    {
        var path = WriteFile("rows.jsonl", "{\"prompt\": \"a\"}\n{\"other\": \"b\"}\n");

        var (exitCode, _, error) = await RunAsync("diversity", "--input", path, "--column", "prompt");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{path}:2", error, StringComparison.Ordinal);
        Assert.Contains("'prompt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterWithoutEquals_Exits2()
    {
        var path = WriteFile("rows.csv", "prompt\nhello\n");

        var (exitCode, _, error) = await RunAsync("diversity", "--input", path, "--column", "prompt", "--where", "label");

        Assert.Equal(2, exitCode);
        Assert.Contains("COLUMN=VALUE", error, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await FalseRejectCli.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
