using Microsoft.Extensions.DependencyInjection;

namespace FalseReject;

// The default registrations of each feature, one method per feature folder, called once by AddFalseReject.
internal static partial class FalseRejectRegistrations
{
    public static void AddDefaults(IServiceCollection services)
    {
        AddJudging(services);
        AddBenchmarking(services);
        AddMetrics(services);
        AddDiversity(services);
        AddGraph(services);
        AddGeneration(services);
    }

    static partial void AddJudging(IServiceCollection services);

    static partial void AddBenchmarking(IServiceCollection services);

    static partial void AddMetrics(IServiceCollection services);

    static partial void AddDiversity(IServiceCollection services);

    static partial void AddGraph(IServiceCollection services);

    static partial void AddGeneration(IServiceCollection services);
}
