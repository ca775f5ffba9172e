using System.CommandLine;
using FalseReject.Cli.Commands;

namespace FalseReject.Cli;

/// <summary>
/// Provides the entry point of the <c>falsereject</c> tool, callable in-process by tests.
/// </summary>
internal static class FalseRejectCli
{
    /// <summary>
    /// Parses the arguments and runs the chosen command.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Finds and measures over-refusal in language models.");
        root.Subcommands.Add(JudgeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(DiversityCommand.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
