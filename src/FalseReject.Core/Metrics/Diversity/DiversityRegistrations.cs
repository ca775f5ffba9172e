using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FalseReject;

internal static partial class FalseRejectRegistrations
{
    // The detector keeps the texts added to it, so each resolution gets a new one.
    static partial void AddDiversity(IServiceCollection services)
    {
        services.AddOptions<DiversityOptions>().ValidateDataAnnotations();
        services.TryAddSingleton<ITokenizer>(WordPunctuationTokenizer.Instance);
        services.TryAddSingleton<IDiversityMetrics>(provider => new DiversityMetrics(
            provider.GetRequiredService<ITokenizer>(),
            provider.GetRequiredService<IOptions<DiversityOptions>>().Value));
        services.TryAddTransient(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DiversityOptions>>().Value;
            return new NearDuplicateDetector(options.NearDuplicateThreshold, provider.GetRequiredService<ITokenizer>(), options.NearDuplicateShingleSize);
        });
    }
}
