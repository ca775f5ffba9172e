using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace FalseReject.Cli;

/// <summary>
/// Provides the global <c>--log-level</c> option and one console logger factory per invocation, writing to standard
/// error so that reports on standard output stay clean.
/// </summary>
internal static class CliLogging
{
    private static readonly ConditionalWeakTable<ParseResult, ILoggerFactory> Factories = new();

    public static Option<string> LevelOption { get; } = new("--log-level")
    {
        Description = "The minimum level of log messages on standard error: none, error, warning, information, debug or trace (trace includes prompts and responses).",
        DefaultValueFactory = _ => "warning",
        Recursive = true,
    };

    public static ILoggerFactory GetFactory(ParseResult parse) => Factories.GetValue(parse, Create);

    // Disposing the factory flushes the console logger's queue before the process exits.
    public static void Release(ParseResult parse)
    {
        if (Factories.TryGetValue(parse, out var factory))
        {
            Factories.Remove(parse);
            factory.Dispose();
        }
    }

    private static ILoggerFactory Create(ParseResult parse)
    {
        var level = ParseLevel(parse.GetValue(LevelOption) ?? "warning");
        return LoggerFactory.Create(builder => builder
            .SetMinimumLevel(level)
            .AddSimpleConsole(options => options.SingleLine = true)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
    }

    private static LogLevel ParseLevel(string value) => value.Trim().ToLowerInvariant() switch
    {
        "none" => LogLevel.None,
        "error" => LogLevel.Error,
        "warning" => LogLevel.Warning,
        "information" or "info" => LogLevel.Information,
        "debug" => LogLevel.Debug,
        "trace" => LogLevel.Trace,
        _ => throw new CliInputException($"Unknown --log-level '{value}'; use none, error, warning, information, debug or trace."),
    };
}
