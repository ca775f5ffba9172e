using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace FalseReject;

/// <summary>
/// Represents a named target model and sends cases to it, turning every way a call can end into a
/// <see cref="TargetResponse"/>: completed, blocked by the provider, or failed after retries.
/// </summary>
/// <remarks>This type is thread safe when the wrapped <see cref="IChatClient"/> is.</remarks>
public sealed class ChatTarget
{
    private readonly TargetOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>
    /// Initializes a new instance of the <see cref="ChatTarget"/> class.
    /// </summary>
    /// <param name="name">The target name used in results and reports.</param>
    /// <param name="chatClient">The client that reaches the model.</param>
    /// <param name="options">The call options, or <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock for latency and retry delays, or <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is <see langword="null"/>.</exception>
    public ChatTarget(string name, IChatClient chatClient, TargetOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(chatClient);

        Name = name;
        ChatClient = chatClient;
        _options = options ?? new TargetOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the target name.</summary>
    public string Name { get; }

    /// <summary>Gets the client that reaches the model.</summary>
    public IChatClient ChatClient { get; }

    /// <summary>
    /// Sends one case to the model and records how the call ended.
    /// </summary>
    /// <param name="overRefusalCase">The case to send.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> to monitor for cancellation requests. The default is <see cref="CancellationToken.None"/>.</param>
    /// <returns>The response; failures are recorded in it, never thrown, except cancellation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overRefusalCase"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<TargetResponse> InvokeAsync(OverRefusalCase overRefusalCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(overRefusalCase);

        var started = _timeProvider.GetTimestamp();
        var messages = overRefusalCase.ToChatMessages();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await CallAsync(messages, cancellationToken).ConfigureAwait(false);
                return ToTargetResponse(response, _timeProvider.GetElapsedTime(started));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception) when (ProviderErrorClassifier.IsContentFilter(exception))
            {
                return Failed(TargetResponseStatus.ProviderBlocked, exception, started);
            }
            catch (Exception exception) when (attempt < _options.MaxRetries && ProviderErrorClassifier.IsTransient(exception))
            {
                await Task.Delay(RetryDelay(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                return Failed(TargetResponseStatus.Error, exception, started);
            }
        }
    }

    private async Task<ChatResponse> CallAsync(IList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        if (_options.Timeout == Timeout.InfiniteTimeSpan)
        {
            return await ChatClient.GetResponseAsync(messages, _options.ChatOptions?.Clone(), cancellationToken).ConfigureAwait(false);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await ChatClient.GetResponseAsync(messages, _options.ChatOptions?.Clone(), timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Target '{Name}' did not answer within {_options.Timeout.TotalSeconds:0.#} s.");
        }
    }

    private TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromTicks(_options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt, 10)));

    private TargetResponse ToTargetResponse(ChatResponse response, TimeSpan latency)
    {
        var finishReason = response.FinishReason?.Value;
        var blocked = response.FinishReason == ChatFinishReason.ContentFilter;
        return new TargetResponse
        {
            Text = response.Text ?? string.Empty,
            Status = blocked ? TargetResponseStatus.ProviderBlocked : TargetResponseStatus.Completed,
            FinishReason = finishReason,
            ModelId = response.ModelId,
            InputTokens = response.Usage?.InputTokenCount,
            OutputTokens = response.Usage?.OutputTokenCount,
            Latency = latency,
            Error = blocked ? $"Target '{Name}' stopped with finish reason '{finishReason}'." : null,
        };
    }

    private TargetResponse Failed(TargetResponseStatus status, Exception exception, long started) => new()
    {
        Status = status,
        Latency = _timeProvider.GetElapsedTime(started),
        Error = $"{exception.GetType().Name}: {exception.Message}",
        FinishReason = status == TargetResponseStatus.ProviderBlocked ? "content_filter" : null,
    };
}
