using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FalseReject;

internal static partial class FalseRejectRegistrations
{
    // The embedded pattern judge is the default IRefusalJudge, so a pipeline runs without a judge model.
    static partial void AddJudging(IServiceCollection services)
    {
        services.AddOptions<PatternRefusalJudgeOptions>().ValidateDataAnnotations();
        services.AddOptions<JudgeCalibratorOptions>().ValidateDataAnnotations();
        services.TryAddSingleton<PatternRefusalJudge>();
        services.TryAddSingleton<IRefusalJudge>(provider => provider.GetRequiredService<PatternRefusalJudge>());
        services.TryAddTransient<JudgeCalibrator>();
    }
}
