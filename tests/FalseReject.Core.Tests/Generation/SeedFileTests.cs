using FalseReject.Testing;

namespace FalseReject.Tests.Generation;

public sealed class SeedFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("falsereject-seeds-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Seeds_Csv_ReadsColumns()
    {
        var path = Path.Combine(_directory.FullName, "seeds.csv");
        await File.WriteAllTextAsync(path, "id,text,category\na1,\"How do I kill, a process?\",tech\n,second seed,\n");

        var samples = await SeedFile.ReadAsync(path);

        Assert.Equal(2, samples.Count);
        Assert.Equal("How do I kill, a process?", samples[0].SeedText);
        Assert.Equal(["a1"], samples[0].SeedIds);
        Assert.Equal("tech", samples[0].CategoryId);
        Assert.Empty(samples[0].Entities);
        Assert.Equal(["1"], samples[1].SeedIds);
        Assert.Null(samples[1].CategoryId);
    }

    [Fact]
    public async Task Seeds_JsonLines_ReadsCustomColumns()
    {
        var path = Path.Combine(_directory.FullName, "seeds.jsonl");
        await File.WriteAllTextAsync(path, "{\"question\": \"q1\", \"index\": 7, \"type\": \"drugs\"}\n\n{\"question\": \"q2\"}\n");

        var samples = await SeedFile.ReadAsync(path, new SeedFileOptions { TextColumn = "question", IdColumn = "index", CategoryColumn = "type" });

        Assert.Equal(["7"], samples[0].SeedIds);
        Assert.Equal("drugs", samples[0].CategoryId);
        Assert.Equal(["1"], samples[1].SeedIds);
    }

    [Fact]
    public async Task Seeds_IndexColumn_GivesGraphBuilderIds()
    {
        var path = Path.Combine(_directory.FullName, "questions.csv");
        await File.WriteAllTextAsync(path, "index,text\n0,first\n1,second\n");

        var samples = await SeedFile.ReadAsync(path);
        var seeds = await SeedPromptReader.ReadAsync(path);

        Assert.Equal(seeds.Select(seed => seed.Id), samples.Select(sample => sample.SeedIds[0]));
    }

    [Fact]
    public async Task Seeds_EmptyText_IsAnError()
    {
        var path = Path.Combine(_directory.FullName, "seeds.csv");
        await File.WriteAllTextAsync(path, "id,text\na,first\nb,\n");

        var exception = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedFile.ReadAsync(path));

        Assert.Equal(3, exception.LineNumber);
    }

    [Fact]
    public async Task Seeds_MissingTextColumn_NamesColumns()
    {
        var path = Path.Combine(_directory.FullName, "seeds.csv");
        await File.WriteAllTextAsync(path, "id,prompt\n1,x\n");

        var exception = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedFile.ReadAsync(path));

        Assert.Contains("has no 'text' column; its columns are id, prompt", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeds_InvalidJsonLine_NamesLine()
    {
        var path = Path.Combine(_directory.FullName, "seeds.jsonl");
        await File.WriteAllTextAsync(path, "{\"text\": \"a\"}\n{oops\n");

        var exception = await Assert.ThrowsAsync<DatasetFormatException>(() => SeedFile.ReadAsync(path));

        Assert.Equal(2, exception.LineNumber);
        Assert.Contains("Invalid JSON", exception.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Seeds_XSTestPrompts_ReadsAllRows()
    {
        var samples = await SeedFile.ReadAsync(SharedData.PathOf("xstest/xstest_prompts.csv"), new SeedFileOptions { TextColumn = "prompt", CategoryColumn = "type" });

        Assert.Equal(450, samples.Count);
        Assert.Equal(450, samples.Select(sample => sample.SeedIds[0]).Distinct().Count());
        Assert.Contains(samples, sample => sample.CategoryId == "contrast_homonyms");
    }
}
