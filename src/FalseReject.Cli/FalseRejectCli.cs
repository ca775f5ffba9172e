using System.CommandLine;
using FalseReject.Cli.Commands;

namespace FalseReject.Cli;

/// <summary>
/// Provides the entry point of the <c>falsereject</c> tool, callable in-process by tests.
/// </summary>
internal static partial class FalseRejectCli
{
    /// <summary>
    /// Parses the arguments and runs the chosen command.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Finds and measures over-refusal in language models.");
        root.Options.Add(CliLogging.LevelOption);
        root.Subcommands.Add(JudgeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(GraphCommand.Create());
        root.Subcommands.Add(DiversityCommand.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {DescribeParseError(parseError.Message)}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'falsereject --help' or 'falsereject COMMAND --help' for usage.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    // System.CommandLine names the .NET type it expected, such as System.Nullable`1[System.Double]; users need a word.
    private static string DescribeParseError(string message) => TypeNameRegex().Replace(message, match => match.Groups["type"].Value switch
    {
        "Int32" or "Int64" => "as a whole number",
        "Double" or "Single" => "as a number",
        "Boolean" => "as true or false",
        var other => $"as {other}",
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"as expected type '(System\.Nullable`1\[)?System\.(?<type>\w+)\]?'")]
    private static partial System.Text.RegularExpressions.Regex TypeNameRegex();
}
