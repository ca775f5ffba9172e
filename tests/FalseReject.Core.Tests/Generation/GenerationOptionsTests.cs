using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.Generation;

public sealed class GenerationOptionsTests
{
    [Fact]
    public void Options_Defaults_MatchDocumentedValues()
    {
        var options = new GenerationOptions();

        Assert.Equal(5, options.MaxRounds);
        Assert.Equal(RefusalPoolMode.QueryAll, options.PoolMode);
        Assert.Equal(1, options.MinimumRefusals);
        Assert.True(options.CountPartialComplianceAsRefusal);
        Assert.Empty(options.PoolTargetNames);
        Assert.Equal(0.7, options.DuplicateThreshold);
        Assert.Equal(3, options.NGramSize);
        Assert.Equal(4, options.MaxConcurrency);
        Assert.False(options.RelabelCategories);
        Assert.Empty(options.CategoryQuotas);
        Assert.Null(options.DefaultCategoryQuota);
        Assert.True(options.WriteResponses);
        Assert.True(options.RetryFailedSeeds);
        var seedOptions = new SeedFileOptions();
        Assert.Equal("text", seedOptions.TextColumn);
        Assert.Equal("id", seedOptions.IdColumn);
        Assert.Equal("category", seedOptions.CategoryColumn);
    }

    [Fact]
    public void Options_NegativeQuotaAndShortPool_ReportsEveryProblem()
    {
        var options = new GenerationOptions { MinimumRefusals = 3 };
        options.CategoryQuotas["weapons"] = -1;
        options.PoolTargetNames.Add("pool-a");

        var result = new GenerationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            "CategoryQuotas['weapons'] is -1; a quota must be zero or more.; MinimumRefusals is 3 but the pool has only 1 members; lower it or add members.",
            result.FailureMessage);
    }

    [Fact]
    public void Options_OutOfRange_FailsOnResolve()
    {
        var services = new ServiceCollection();
        services.AddFalseReject().ConfigureGeneration(options => options.MaxRounds = 0);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GenerationOptions>>().Value);

        Assert.Contains("MaxRounds", exception.Message, StringComparison.Ordinal);
        Assert.Contains("must be between 1 and 100", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_QuotaLookup_FallsBackToDefault()
    {
        var options = new GenerationOptions { DefaultCategoryQuota = 7 };
        options.CategoryQuotas["Weapons"] = 2;

        Assert.Equal(2, options.GetQuota("weapons"));
        Assert.Equal(7, options.GetQuota("drugs"));
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }
}
