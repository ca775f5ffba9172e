using FalseReject.Testing;

namespace FalseReject.Cli.Tests.Commands;

public sealed class GenerateConfigTests
{
    [Fact]
    public async Task Config_SampleFile_IsValid()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "generation", "generate.sample.json");

        var config = await GenerateConfig.LoadAsync(path, CancellationToken.None);
        var problems = config.Validate(writeResponses: true, relabel: false);

        Assert.Equal(3, config.Pool.Count);
        Assert.Equal(RefusalPoolMode.QueryAll, config.PoolMode);
        Assert.Equal(50, config.CategoryQuotas["weapons"]);
        Assert.Equal("taxonomy.sample.json", config.Taxonomy);
        var problem = Assert.Single(problems);
        Assert.Contains("'LOCAL_WRITER_API_KEY', which is not set", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_UnknownProperty_IsInvalid()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, """{"max_round": 3}""");

            var exception = await Assert.ThrowsAsync<FormatException>(() => GenerateConfig.LoadAsync(path, CancellationToken.None));

            Assert.Contains("max_round", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Config_RoleNameCase_IsIgnored()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, """{"roles": {"Generator": {"endpoint": "http://127.0.0.1:1/v1", "model": "m"}}}""");

            var config = await GenerateConfig.LoadAsync(path, CancellationToken.None);

            Assert.True(config.Roles.ContainsKey("generator"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
