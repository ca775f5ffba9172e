namespace FalseReject.Cli;

/// <summary>
/// Represents invalid arguments; the command prints the message and exits with <see cref="ExitCodes.InvalidInput"/>.
/// </summary>
internal sealed class CliInputException(string message) : Exception(message);
