using System.CommandLine;

namespace FalseReject.Cli;

/// <summary>
/// Provides the error handling every command shares: invalid input exits 2 with its message, cancellation exits 130,
/// any other failure exits 1 with the exception's message.
/// </summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                return await action(parse, cancellationToken);
            }
            catch (CliInputException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (Exception exception) when (exception is DatasetFormatException or FileNotFoundException or DirectoryNotFoundException
                or InvalidDataException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("Canceled. Finished results are kept; run the same command again to resume.");
                return ExitCodes.Canceled;
            }
            catch (Exception exception)
            {
                await error.WriteLineAsync($"error: {exception.GetType().Name}: {exception.Message}");
                return ExitCodes.Failure;
            }
            finally
            {
                CliLogging.Release(parse);
            }
        });
    }
}
