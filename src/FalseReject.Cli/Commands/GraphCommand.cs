using System.CommandLine;

namespace FalseReject.Cli;

/// <summary>
/// Provides <c>falsereject graph</c>: builds the entity graph of a seed file (also the action of the bare command),
/// prints its statistics and exports it as GraphML, DOT or JSON.
/// </summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var command = new Command("graph", "Build, inspect and export the entity graph of seed prompts. Without a subcommand it runs 'graph build'.");
        new GraphBuildOptions().AddTo(command);

        var build = new Command("build", "Extract entities and relations from seed prompts with a model and merge them into an entity graph; a rerun resumes from the checkpoint.");
        new GraphBuildOptions().AddTo(build);
        command.Subcommands.Add(build);
        command.Subcommands.Add(CreateStats());
        command.Subcommands.Add(CreateExport());
        return command;
    }

    private static Command CreateStats()
    {
        var graphFile = new Option<FileInfo>("--graph") { Description = "The graph file: graph.json or a .graphml file written by 'graph build'.", Required = true };
        var command = new Command("stats", "Print the statistics of an entity graph: size, degrees, components, entity types and categories.");
        command.Options.Add(graphFile);
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var graph = await LoadAsync(parse.GetValue(graphFile)!, cancellationToken);
            await GraphStatisticsWriter.WriteAsync(GraphStatistics.Compute(graph), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExport()
    {
        var graphFile = new Option<FileInfo>("--graph") { Description = "The graph file: graph.json or a .graphml file written by 'graph build'.", Required = true };
        var format = new Option<string>("--format") { Description = "The output format: graphml (Gephi, yEd), dot (Graphviz) or json.", Required = true };
        format.AcceptOnlyFromAmong("graphml", "dot", "json");
        var output = new Option<FileInfo>("--output") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Write an entity graph as GraphML, DOT or JSON.");
        command.Options.Add(graphFile);
        command.Options.Add(format);
        command.Options.Add(output);
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var graph = await LoadAsync(parse.GetValue(graphFile)!, cancellationToken);
            var target = parse.GetValue(output)!;
            var graphFormat = parse.GetValue(format) switch
            {
                "graphml" => EntityGraphFormat.GraphML,
                "dot" => EntityGraphFormat.Dot,
                _ => EntityGraphFormat.Json,
            };
            await EntityGraphSerializer.SaveAsync(graph, target.FullName, graphFormat, cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote {graph.VertexCount} entities and {graph.EdgeCount} relations to {target.FullName}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<EntityGraph> LoadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new CliInputException($"The graph file '{file.FullName}' was not found; run 'falsereject graph build' first or check the path.");
        }

        try
        {
            return await EntityGraphSerializer.LoadAsync(file.FullName, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw new CliInputException($"The graph file '{file.FullName}' is invalid: {exception.Message}");
        }
    }
}
