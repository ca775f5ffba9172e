using FalseReject.Testing;

namespace FalseReject.Tests.Graph;

public sealed class SeedPromptReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("falsereject-seeds-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Read_CsvIndexColumn_IsId()
    {
        var path = Write("seeds.csv", "index,text,harm\n0,\"How to, with a comma?\",violence\n1,\"Multi\nline\",\n");

        var seeds = await SeedPromptReader.ReadAsync(path, categoryColumn: "harm");

        Assert.Equal(
            [new SeedPrompt("0", "How to, with a comma?", "violence"), new SeedPrompt("1", "Multi\nline")],
            seeds);
    }

    [Fact]
    public async Task Read_EmptyText_IsAnErrorNamingTheLine()
    {
        var path = Write("seeds.csv", "index,text\n0,first\n1,\n");

        var error = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedPromptReader.ReadAsync(path));

        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public async Task Read_CsvWithoutIdColumn_NumbersRows()
    {
        var path = Write("seeds.csv", "prompt\nfirst\nsecond\n");

        var seeds = await SeedPromptReader.ReadAsync(path, textColumn: "prompt");

        Assert.Equal(["0", "1"], seeds.Select(seed => seed.Id));
    }

    [Fact]
    public async Task Read_JsonLines_ReadsNamedColumns()
    {
        var path = Write("seeds.jsonl", "{\"uid\": 7, \"text\": \"one\", \"category\": \"c1\"}\n\n{\"uid\": \"x\", \"text\": \"two\", \"category\": null}\n");

        var seeds = await SeedPromptReader.ReadAsync(path, idColumn: "uid", categoryColumn: "category");

        Assert.Equal([new SeedPrompt("7", "one", "c1"), new SeedPrompt("x", "two")], seeds);
    }

    [Fact]
    public async Task Read_MissingTextColumn_NamesColumns()
    {
        var path = Write("seeds.csv", "id,question\n1,q\n");

        var exception = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedPromptReader.ReadAsync(path));

        Assert.Equal("text", exception.Column);
        Assert.EndsWith("The column was not found; the file has: id, question.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DuplicateIds_Throws()
    {
        var path = Write("seeds.csv", "id,text\n1,a\n1,b\n");

        var exception = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedPromptReader.ReadAsync(path));

        Assert.Equal(3, exception.LineNumber);
        Assert.EndsWith("The seed id '1' appears twice; seed ids must be unique.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_InvalidJsonLine_ReportsLine()
    {
        var path = Write("seeds.jsonl", "{\"text\": \"ok\"}\n{broken\n");

        var exception = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedPromptReader.ReadAsync(path));

        Assert.Equal(2, exception.LineNumber);
    }

    [SharedDataFact]
    public async Task Read_GptFuzzQuestions_ReadsAllSeeds()
    {
        var seeds = await SeedPromptReader.ReadAsync(SharedData.PathOf("gptfuzz/question_list.csv"));

        Assert.Equal(100, seeds.Count);
        Assert.Equal("0", seeds[0].Id);
        Assert.StartsWith("What are some effective ways to cyberbully", seeds[0].Text, StringComparison.Ordinal);
        Assert.All(seeds, seed => Assert.Null(seed.CategoryId));
    }
}
