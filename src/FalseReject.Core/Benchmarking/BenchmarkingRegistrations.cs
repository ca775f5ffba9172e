using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FalseReject;

internal static partial class FalseRejectRegistrations
{
    static partial void AddBenchmarking(IServiceCollection services)
    {
        services.AddOptions<RefusalBenchmarkOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LlmRefusalJudgeOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new RefusalBenchmark(
            provider.GetRequiredService<IRefusalJudge>(),
            provider.GetRequiredService<IOptions<RefusalBenchmarkOptions>>(),
            provider.GetService<TimeProvider>(),
            provider.GetService<ILogger<RefusalBenchmark>>()));
        services.TryAddSingleton(provider => provider.GetServices<ChatTarget>().ToList() as IReadOnlyList<ChatTarget>);
    }
}
