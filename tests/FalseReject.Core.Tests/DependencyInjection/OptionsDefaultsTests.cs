using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.DependencyInjection;

public sealed class OptionsDefaultsTests
{
    [Fact]
    public void Defaults_MatchDocumentedValues()
    {
        var target = new TargetOptions();
        var benchmark = new RefusalBenchmarkOptions();
        var llmJudge = new LlmRefusalJudgeOptions();
        var diversity = new DiversityOptions();

        Assert.Equal(2, target.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), target.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(120), target.Timeout);
        Assert.Null(target.ChatOptions);
        Assert.Equal(8, benchmark.MaxConcurrency);
        Assert.Equal(PartialCompliancePolicy.CountAsRefusal, benchmark.PartialCompliance);
        Assert.Equal(2, llmJudge.MaxAttempts);
        Assert.Equal(0f, llmJudge.Temperature);
        Assert.True(llmJudge.RequestJsonFormat);
        Assert.Equal(12_000, llmJudge.MaxResponseCharacters);
        Assert.Equal(4, diversity.SelfBleuMaxOrder);
        Assert.Equal(0.1, diversity.SmoothingEpsilon);
        Assert.Equal(0.8, diversity.NearDuplicateThreshold);
        Assert.Equal(2, diversity.NearDuplicateShingleSize);
    }

    [Fact]
    public void Validation_InvalidConcurrency_NamesTheOption()
    {
        var services = new ServiceCollection();
        services.AddFalseReject().ConfigureBenchmark(options => options.MaxConcurrency = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RefusalBenchmarkOptions>>().Value);

        Assert.Contains("MaxConcurrency must be between 1 and 4096.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_InvalidJudgeAttempts_NamesTheOption()
    {
        var services = new ServiceCollection();
        services.AddFalseReject();
        services.Configure<LlmRefusalJudgeOptions>(options => options.MaxAttempts = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmRefusalJudgeOptions>>().Value);

        Assert.Contains("MaxAttempts must be between 1 and 5.", error.Message, StringComparison.Ordinal);
    }
}
