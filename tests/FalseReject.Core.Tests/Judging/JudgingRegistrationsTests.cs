using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.Judging;

public sealed class JudgingRegistrationsTests
{
    [Fact]
    public void AddFalseReject_DefaultJudge_IsPatternJudge()
    {
        var services = new ServiceCollection();
        services.AddFalseReject();
        using var provider = services.BuildServiceProvider();

        var judge = provider.GetRequiredService<IRefusalJudge>();

        Assert.IsType<PatternRefusalJudge>(judge);
        Assert.Same(judge, provider.GetRequiredService<IRefusalJudge>());
        Assert.NotNull(provider.GetRequiredService<JudgeCalibrator>());
    }

    [Fact]
    public void AddFalseReject_JudgeRegisteredBefore_IsKept()
    {
        var services = new ServiceCollection();
        var custom = new PatternRefusalJudge(new PatternRefusalJudgeOptions { AbstainOnWeakEvidence = true });
        services.AddSingleton<IRefusalJudge>(custom);
        services.AddFalseReject();
        using var provider = services.BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<IRefusalJudge>());
    }

    [Fact]
    public void AddFalseReject_InvalidJudgeOptions_FailsOnResolve()
    {
        var services = new ServiceCollection();
        services.AddFalseReject();
        services.Configure<PatternRefusalJudgeOptions>(options => options.MaxScannedCharacters = 1);
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IRefusalJudge>());
    }
}
