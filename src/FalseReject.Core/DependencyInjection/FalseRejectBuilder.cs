using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FalseReject;

/// <summary>
/// Provides the fluent configuration returned by <c>AddFalseReject</c>: role chat clients, target models and role replacements.
/// </summary>
public sealed class FalseRejectBuilder
{
    private readonly List<string> _targetNames = [];

    /// <summary>
    /// Initializes a new instance of the <see cref="FalseRejectBuilder"/> class.
    /// </summary>
    /// <param name="services">The service collection to configure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public FalseRejectBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        Services = services;
    }

    /// <summary>Gets the service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the names of the targets added so far, in order.</summary>
    public IReadOnlyList<string> TargetNames => _targetNames;

    /// <summary>
    /// Registers the chat client of a role under its key from <see cref="FalseRejectChatClientKeys"/>.
    /// </summary>
    /// <param name="roleKey">The role key, such as <see cref="FalseRejectChatClientKeys.Judge"/>.</param>
    /// <param name="factory">Creates the client from the service provider.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="roleKey"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public FalseRejectBuilder UseChatClient(string roleKey, Func<IServiceProvider, IChatClient> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleKey);
        ArgumentNullException.ThrowIfNull(factory);

        Services.RemoveAllKeyed<IChatClient>(roleKey);
        Services.AddKeyedSingleton(roleKey, (provider, _) => factory(provider));
        return this;
    }

    /// <summary>
    /// Adds a named target model. Targets form the pool the benchmark and the refusal pool draw from.
    /// </summary>
    /// <param name="name">The target name, unique within the builder.</param>
    /// <param name="factory">Creates the client from the service provider.</param>
    /// <param name="configure">Configures how the target is called, or <see langword="null"/> for the defaults.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or already added.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public FalseRejectBuilder AddTarget(string name, Func<IServiceProvider, IChatClient> factory, Action<TargetOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (_targetNames.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"A target named '{name}' was already added; give each target a unique name.", nameof(name));
        }

        _targetNames.Add(name);
        var key = FalseRejectChatClientKeys.Target(name);
        Services.AddKeyedSingleton(key, (provider, _) => factory(provider));
        Services.AddOptions<TargetOptions>(name).Configure(options => configure?.Invoke(options)).ValidateDataAnnotations();
        Services.AddSingleton(provider => new ChatTarget(
            name,
            provider.GetRequiredKeyedService<IChatClient>(key),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<TargetOptions>>().Get(name),
            provider.GetService<TimeProvider>()));
        return this;
    }

    /// <summary>
    /// Replaces the registered implementation of a role with a factory, such as a host's own discriminator.
    /// </summary>
    /// <typeparam name="TRole">The role interface, such as <see cref="IRefusalJudge"/>.</typeparam>
    /// <param name="factory">Creates the implementation from the service provider.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public FalseRejectBuilder Replace<TRole>(Func<IServiceProvider, TRole> factory)
        where TRole : class
    {
        ArgumentNullException.ThrowIfNull(factory);

        Services.Replace(ServiceDescriptor.Singleton(factory));
        return this;
    }

    /// <summary>
    /// Wraps the registered implementation of a role in a decorator, such as a logging or caching judge.
    /// </summary>
    /// <typeparam name="TRole">The role interface.</typeparam>
    /// <param name="decorate">Creates the decorator from the inner implementation and the service provider.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decorate"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No implementation of <typeparamref name="TRole"/> is registered yet.</exception>
    public FalseRejectBuilder Decorate<TRole>(Func<TRole, IServiceProvider, TRole> decorate)
        where TRole : class
    {
        ArgumentNullException.ThrowIfNull(decorate);

        var existing = Services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(TRole) && !descriptor.IsKeyedService)
            ?? throw new InvalidOperationException($"No {typeof(TRole).Name} is registered to decorate; register one before calling Decorate.");
        Services.Remove(existing);
        Services.Add(ServiceDescriptor.Describe(
            typeof(TRole),
            provider => decorate((TRole)CreateInstance(existing, provider), provider),
            existing.Lifetime));
        return this;
    }

    private static object CreateInstance(ServiceDescriptor descriptor, IServiceProvider provider)
    {
        if (descriptor.ImplementationInstance is not null)
        {
            return descriptor.ImplementationInstance;
        }

        if (descriptor.ImplementationFactory is not null)
        {
            return descriptor.ImplementationFactory(provider);
        }

        return ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
    }
}
