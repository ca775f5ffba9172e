using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.Graph;

public sealed class EntityExtractionOptionsTests
{
    [Fact]
    public void Defaults_AllOptions_MatchDocumentedValues()
    {
        var extraction = new EntityExtractionOptions();
        var builder = new EntityGraphBuilderOptions();
        var request = new GraphSampleRequest();

        Assert.Equal(3, extraction.SampleCount);
        Assert.Equal(0.7, extraction.Temperature);
        Assert.Equal(2, extraction.MaxRetries);
        Assert.Equal(0, extraction.Seed);
        Assert.Equal(12, extraction.MaxEntities);
        Assert.True(extraction.UseJsonResponseFormat);
        Assert.Equal(4, builder.MaxConcurrency);
        Assert.True(builder.RetryFailedSeeds);
        Assert.Equal(8, request.MaxEntities);
        Assert.Null(request.SeedId);
        Assert.Equal(1, new NeighborhoodSampler().Hops);
        Assert.Equal(64, new RandomWalkSampler().MaxSteps);
        Assert.Equal(0.15, new RandomWalkSampler().RestartProbability);
    }

    [Fact]
    public void Validate_ZeroTemperature_ReportsRange()
    {
        var services = new ServiceCollection();
        services.AddFalseReject().ConfigureEntityExtraction(options => options.Temperature = 0);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EntityExtractionOptions>>().Value);

        Assert.Contains("The field Temperature must be between 0 exclusive and 2.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroConcurrency_ReportsRange()
    {
        var options = new EntityGraphBuilderOptions { MaxConcurrency = 0 };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Equal("The field MaxConcurrency must be between 1 and 256.", Assert.Single(results).ErrorMessage);
    }
}
