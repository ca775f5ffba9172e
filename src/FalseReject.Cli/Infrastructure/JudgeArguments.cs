using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace FalseReject.Cli;

/// <summary>
/// Provides the options that choose the refusal judge: the embedded pattern judge, an LLM judge, or a cascade of both.
/// </summary>
internal sealed class JudgeArguments(EndpointArguments endpoint)
{
    public Option<string> Judge { get; } = new("--judge")
    {
        Description = "The judge: pattern (embedded rules, offline), cascade (provider signal, rules, then a model when the rules abstain) or llm (a model for every response).",
        DefaultValueFactory = _ => "pattern",
    };

    public Option<string?> JudgeModel { get; } = new("--judge-model")
    {
        Description = "The judge model for --judge cascade or llm, reached through --endpoint.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Judge);
        command.Options.Add(JudgeModel);
    }

    /// <summary>
    /// Registers the chosen judge and returns its description for reports.
    /// </summary>
    /// <exception cref="CliInputException">The judge name is unknown or a model judge has no --judge-model.</exception>
    public string Configure(FalseRejectBuilder builder, ParseResult parse)
    {
        var kind = (parse.GetValue(Judge) ?? "pattern").Trim().ToLowerInvariant();
        if (kind == "pattern")
        {
            return "pattern";
        }

        if (kind is not ("cascade" or "llm"))
        {
            throw new CliInputException($"Unknown --judge '{kind}'; use pattern, cascade or llm.");
        }

        var model = parse.GetValue(JudgeModel)
            ?? throw new CliInputException($"--judge {kind} needs --judge-model NAME (and --endpoint for a non-OpenAI server).");
        var client = endpoint.CreateChatClient(parse, model);
        builder.Services.AddKeyedSingleton("falsereject-cli:judge-client", client);
        builder.UseLlmJudge(_ => client, cascade: kind == "cascade");
        return kind == "cascade" ? $"provider → pattern → llm({model})" : $"provider → llm({model})";
    }
}
