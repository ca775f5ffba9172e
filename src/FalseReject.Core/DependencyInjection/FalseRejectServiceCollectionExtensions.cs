using FalseReject;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Provides the <c>AddFalseReject</c> registration of the library's components.
/// </summary>
public static class FalseRejectServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default roles, judges, metrics and runners. Each registration uses <c>TryAdd</c>,
    /// so services registered before this call win; use <see cref="FalseRejectBuilder.Replace{TRole}"/> after it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder that configures role chat clients, targets and replacements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder AddFalseReject(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        FalseRejectRegistrations.AddDefaults(services);
        return new FalseRejectBuilder(services);
    }
}
