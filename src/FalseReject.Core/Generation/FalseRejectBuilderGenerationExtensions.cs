using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FalseReject;

/// <summary>
/// Provides the fluent configuration of the generation pipeline on <see cref="FalseRejectBuilder"/>.
/// </summary>
public static class FalseRejectBuilderGenerationExtensions
{
    /// <summary>
    /// Configures the <see cref="GenerationOptions"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder ConfigureGeneration(this FalseRejectBuilder builder, Action<GenerationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Sets the category taxonomy that seed categories resolve against and the category labeler chooses from.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="taxonomy">The taxonomy, such as one read with <see cref="CategoryTaxonomy.LoadAsync"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="taxonomy"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder UseCategoryTaxonomy(this FalseRejectBuilder builder, CategoryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(taxonomy);

        builder.Services.Replace(ServiceDescriptor.Singleton(taxonomy));
        return builder;
    }

    /// <summary>
    /// Replaces the duplicate filter; the factory runs once per pipeline, so each run starts with an empty filter.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates a new, empty filter.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="factory"/> is <see langword="null"/>.</exception>
    public static FalseRejectBuilder UseDuplicateFilter(this FalseRejectBuilder builder, Func<IServiceProvider, IDuplicateFilter> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);

        builder.Services.Replace(ServiceDescriptor.Transient(factory));
        return builder;
    }
}
