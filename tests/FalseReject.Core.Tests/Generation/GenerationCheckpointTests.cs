namespace FalseReject.Tests.Generation;

public sealed class GenerationCheckpointTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("falsereject-checkpoint-");

    private string PathOf(string name) => Path.Combine(_directory.FullName, name);

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Checkpoint_RoundTrip_KeepsProvenance()
    {
        var path = PathOf("c.jsonl");
        var record = Record("s1", GenerationStatus.Accepted);
        await using (var checkpoint = new GenerationCheckpoint(path))
        {
            await checkpoint.AppendAsync(record);
        }

        var loaded = Assert.Single(await new GenerationCheckpoint(path).LoadAsync());

        Assert.Equal(record.SeedKey, loaded.SeedKey);
        Assert.Equal(record.Prompt, loaded.Prompt);
        Assert.Equal("knife", loaded.Sample.Entities[0].Name);
        Assert.Equal("used for", loaded.Sample.Relations[0].Label);
        Assert.Equal(["s1"], loaded.Sample.SeedIds);
        Assert.Equal(RoundOutcome.Accepted, loaded.Rounds[0].Outcome);
        Assert.Equal(["pool-a"], loaded.Rounds[0].Pool!.RefusedBy);
        Assert.Equal(RefusalOutcome.FullRefusal, loaded.Rounds[0].Pool!.Members[0].Outcome);
        Assert.Equal(3, loaded.Usage["generator"].Calls);
        Assert.Equal("m1", loaded.Usage["generator"].ModelId);
        Assert.Equal(1, loaded.RefusalCount);
    }

    [Fact]
    public async Task Checkpoint_CutOffLastLine_IsRemoved()
    {
        var path = PathOf("c.jsonl");
        await using (var checkpoint = new GenerationCheckpoint(path))
        {
            await checkpoint.AppendAsync(Record("s1", GenerationStatus.Accepted));
        }

        await File.AppendAllTextAsync(path, "{\"seed_key\": \"s2\", \"sta");
        var checkpointAfterKill = new GenerationCheckpoint(path);

        var loaded = await checkpointAfterKill.LoadAsync();
        await checkpointAfterKill.AppendAsync(Record("s3", GenerationStatus.Rejected));
        await checkpointAfterKill.DisposeAsync();

        Assert.Single(loaded);
        Assert.Equal(["s1", "s3"], (await new GenerationCheckpoint(path).LoadAsync()).Select(record => record.SeedKey));
    }

    [Fact]
    public async Task Checkpoint_RepeatedSeed_LastLineWins()
    {
        var path = PathOf("c.jsonl");
        await using (var checkpoint = new GenerationCheckpoint(path))
        {
            await checkpoint.AppendAsync(Record("s1", GenerationStatus.Failed));
            await checkpoint.AppendAsync(Record("s2", GenerationStatus.Rejected));
            await checkpoint.AppendAsync(Record("s1", GenerationStatus.Accepted));
        }

        var loaded = await new GenerationCheckpoint(path).LoadAsync();

        Assert.Equal(["s1", "s2"], loaded.Select(record => record.SeedKey));
        Assert.Equal(GenerationStatus.Accepted, loaded[0].Status);
    }

    [Fact]
    public async Task Checkpoint_CorruptMiddleLine_NamesLine()
    {
        var path = PathOf("c.jsonl");
        await File.WriteAllTextAsync(path, "not json\n{}\n");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => new GenerationCheckpoint(path).LoadAsync());

        Assert.Contains("line 1 is not a valid generation record", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_MissingFile_IsEmpty()
    {
        Assert.Empty(await new GenerationCheckpoint(PathOf("missing.jsonl")).LoadAsync());
    }

    internal static GenerationRecord Record(string key, GenerationStatus status)
    {
        var knife = new Entity("knife", EntityTypes.ObjectOrSubstance);
        var cooking = new Entity("cooking", EntityTypes.Activity);
        var pool = new RefusalPoolResult(
            [
                new PoolMemberResult { TargetName = "pool-a", Outcome = RefusalOutcome.FullRefusal, Refused = true, Text = "I can't", Judge = "keyword" },
                new PoolMemberResult { TargetName = "pool-b", Outcome = RefusalOutcome.FullCompliance, Text = "Sure", Judge = "keyword" },
            ],
            1);
        var accepted = status == GenerationStatus.Accepted;
        return new GenerationRecord
        {
            SeedKey = key,
            Sample = new GraphSample([knife, cooking], [new EntityRelation(knife, "used for", cooking)], [key]) { SeedText = "seed text", CategoryId = "weapons" },
            Status = status,
            CaseId = accepted ? "gen-" + key : null,
            Prompt = accepted ? "How do I sharpen a knife for " + key + "?" : null,
            SeedCategory = new TaxonomyCategory("weapons", "Weapons"),
            Category = new TaxonomyCategory("weapons", "Weapons"),
            Responses = accepted ? new GeneratedResponses { InstructResponse = "standard", Reasoning = "trace", FinalAnswer = "final" } : null,
            Rounds =
            [
                new GenerationRound
                {
                    Number = 1,
                    Generation = new GeneratedCandidate { Prompt = "How do I sharpen a knife?", Rationale = "blade" },
                    Discrimination = new RoleVerdict { Passed = true, Reason = "benign" },
                    Pool = pool,
                    Orchestration = new RoleVerdict { Passed = accepted, Reason = "valid" },
                    Outcome = accepted ? RoundOutcome.Accepted : RoundOutcome.Invalid,
                },
            ],
            Usage = new Dictionary<string, RoleUsage> { ["generator"] = new RoleUsage(3, 30, 15) { ModelId = "m1" } },
            CompletedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };
    }
}
