using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject;

/// <summary>
/// Provides the entity graph settings of <see cref="FalseRejectBuilder"/>: extraction options, build options and the voter ensemble.
/// </summary>
public static class FalseRejectBuilderGraphExtensions
{
    /// <summary>
    /// Configures how entities and relations are extracted.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder ConfigureEntityExtraction(this FalseRejectBuilder builder, Action<EntityExtractionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Configures how the entity graph builder runs seeds.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder ConfigureEntityGraphBuilder(this FalseRejectBuilder builder, Action<EntityGraphBuilderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds a voter model to the ensemble that chooses among candidate entity lists. Once a voter is added, the extractor's
    /// own client no longer votes unless it is added too.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The voter name recorded with its votes.</param>
    /// <param name="factory">Creates the voter's client from the service provider.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static FalseRejectBuilder AddEntityListVoter(this FalseRejectBuilder builder, string name, Func<IServiceProvider, IChatClient> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);

        builder.Services.AddSingleton(provider => new EntityListVoter(name, factory(provider)));
        return builder;
    }
}
