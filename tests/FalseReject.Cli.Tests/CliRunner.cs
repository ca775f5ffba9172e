namespace FalseReject.Cli.Tests;

/// <summary>
/// Runs the CLI in-process and captures its output and error text.
/// </summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await FalseRejectCli.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
