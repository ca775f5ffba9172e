namespace FalseReject.Cli;

/// <summary>
/// Provides progress lines on standard error at most once per interval, so long runs show they are alive.
/// </summary>
internal sealed class ProgressPrinter(TextWriter error, TimeSpan interval)
{
    private readonly Lock _gate = new();
    private long _lastTimestamp = TimeProvider.System.GetTimestamp();

    public void Report(Func<string> message)
    {
        lock (_gate)
        {
            if (TimeProvider.System.GetElapsedTime(_lastTimestamp) < interval)
            {
                return;
            }

            _lastTimestamp = TimeProvider.System.GetTimestamp();
            error.WriteLine(message());
        }
    }
}
