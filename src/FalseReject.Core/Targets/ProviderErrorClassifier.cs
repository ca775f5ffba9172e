using System.Net;

namespace FalseReject;

/// <summary>
/// Provides classification of provider exceptions without a dependency on any provider's SDK.
/// </summary>
public static class ProviderErrorClassifier
{
    private static readonly string[] ContentFilterMarkers =
    [
        "content_filter",
        "content_policy_violation",
        "content management policy",
        "responsibleaipolicyviolation",
        "safety system",
        "blocked by the safety",
    ];

    /// <summary>
    /// Returns whether an exception reports that the provider's content filter or policy blocked the call.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="true"/> when the message or an inner exception names a content filter or policy block.</returns>
    public static bool IsContentFilter(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        for (var current = exception; current is not null; current = current.InnerException)
        {
            foreach (var marker in ContentFilterMarkers)
            {
                if (current.Message.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Returns whether an exception is worth retrying: a timeout, a connection failure, or an HTTP 408, 429 or 5xx status.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="true"/> when a retry may succeed.</returns>
    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        if (exception is TimeoutException or HttpRequestException { StatusCode: null } or IOException)
        {
            return true;
        }

        var status = GetStatusCode(exception);
        return status is 408 or 429 || status >= 500;
    }

    /// <summary>
    /// Returns the HTTP status an exception carries, read from <see cref="HttpRequestException.StatusCode"/>
    /// or from an integer <c>Status</c> property such as the one on System.ClientModel's <c>ClientResultException</c>.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The status code, or <see langword="null"/> when the exception carries none.</returns>
    public static int? GetStatusCode(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        if (exception is HttpRequestException { StatusCode: HttpStatusCode code })
        {
            return (int)code;
        }

        var property = exception.GetType().GetProperty("Status");
        return property?.GetValue(exception) is int status && status > 0 ? status : null;
    }
}
