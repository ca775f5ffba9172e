using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FalseReject;

/// <summary>
/// Provides the <see cref="FalseRejectBuilder"/> settings of the diversity metrics and near-duplicate detection.
/// </summary>
public static class FalseRejectBuilderDiversityExtensions
{
    /// <summary>
    /// Configures the diversity metrics and the near-duplicate detector.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the settings.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder ConfigureDiversity(this FalseRejectBuilder builder, Action<DiversityOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Replaces the tokenizer of the diversity metrics and the near-duplicate detector.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the tokenizer from the service provider; the tokenizer must be thread-safe.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="factory"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder UseTokenizer(this FalseRejectBuilder builder, Func<IServiceProvider, ITokenizer> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);

        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }
}
