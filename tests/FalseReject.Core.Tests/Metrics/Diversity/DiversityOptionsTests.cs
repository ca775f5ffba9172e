using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.Metrics.Diversity;

public sealed class DiversityOptionsTests
{
    [Fact]
    public void Validation_ZeroEpsilon_NamesSetting()
    {
        var services = new ServiceCollection();
        services.AddFalseReject().ConfigureDiversity(options => options.SmoothingEpsilon = 0);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IDiversityMetrics>());

        Assert.Equal("DataAnnotation validation failed for 'DiversityOptions' members: 'SmoothingEpsilon' with the error: 'SmoothingEpsilon must be greater than 0 and at most 1.'.", exception.Message);
    }

    [Fact]
    public void AddFalseReject_RegistersDiversityServices()
    {
        var services = new ServiceCollection();
        services.AddFalseReject().ConfigureDiversity(options =>
        {
            options.NearDuplicateThreshold = 0.6;
            options.NearDuplicateShingleSize = 3;
        });
        using var provider = services.BuildServiceProvider();

        var metrics = provider.GetRequiredService<IDiversityMetrics>();
        var detector = provider.GetRequiredService<NearDuplicateDetector>();

        Assert.IsType<DiversityMetrics>(metrics);
        Assert.IsType<WordPunctuationTokenizer>(provider.GetRequiredService<ITokenizer>());
        Assert.Equal(0.6, detector.Threshold);
        Assert.Equal(3, detector.ShingleSize);
        Assert.NotSame(detector, provider.GetRequiredService<NearDuplicateDetector>());
    }

    [Fact]
    public void UseTokenizer_ReplacesDefault()
    {
        var services = new ServiceCollection();
        services.AddFalseReject().UseTokenizer(_ => new WhitespaceTokenizer());
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<IDiversityMetrics>().Measure(["Hi, there", "hi, there"]);

        // Split on spaces only, "Hi," and "hi," stay two distinct tokens.
        Assert.Equal(0.75, report.Distinct1);
    }

    private sealed class WhitespaceTokenizer : ITokenizer
    {
        public IReadOnlyList<string> Tokenize(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
