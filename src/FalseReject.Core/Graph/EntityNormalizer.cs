using System.Text;

namespace FalseReject;

// Normalises entity names, types and relation labels so that the same entity extracted from
// different seeds, or by different samples of one model, maps to one graph vertex.
internal static class EntityNormalizer
{
    public const int MaxNameLength = 80;

    private static readonly string[] LeadingArticles = ["a ", "an ", "the "];

    // Lower case, single spaces, no surrounding quotes or punctuation, no leading article. Steps repeat
    // until nothing changes, so the result is a fixed point: normalising a normalised name returns it.
    public static string NormalizeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var current = CollapseWhitespace(name).ToLowerInvariant();
        while (true)
        {
            var next = NormalizeNameStep(current);
            if (next.Length == current.Length)
            {
                return next;
            }

            current = next;
        }
    }

    private static string NormalizeNameStep(string name)
    {
        var trimmed = name.Trim(' ', '"', '\'', '`', '.', ',', ';', ':', '!', '?', '*', '-', '(', ')', '[', ']');
        foreach (var article in LeadingArticles)
        {
            if (trimmed.StartsWith(article, StringComparison.Ordinal) && trimmed.Length > article.Length)
            {
                trimmed = trimmed[article.Length..];
                break;
            }
        }

        return trimmed.Length <= MaxNameLength ? trimmed : trimmed[..MaxNameLength];
    }

    // The graph keeps host-defined types as they are, only in lower case with single spaces.
    public static string NormalizeType(string? type) => CollapseWhitespace(type ?? string.Empty).Trim().ToLowerInvariant();

    // Maps the type names models commonly use onto EntityTypes. Any other type becomes a concept,
    // because a model's invented types would otherwise split one entity into several vertices.
    public static string NormalizeExtractedType(string? type)
    {
        var normalized = NormalizeType(type);
        return normalized switch
        {
            EntityTypes.Person or "people" or "persons" or "group" or "groups" or "organization" or "organisation" or "person/group" or "role" => EntityTypes.Person,
            EntityTypes.Location or "place" or "locations" or "country" or "city" or "site" => EntityTypes.Location,
            EntityTypes.ObjectOrSubstance or "objects" or "substance" or "substances" or "object/substance" or "item" or "weapon" or "chemical" or "drug" or "tool" => EntityTypes.ObjectOrSubstance,
            EntityTypes.Activity or "activities" or "action" or "actions" or "event" or "process" or "method" => EntityTypes.Activity,
            _ => EntityTypes.Concept,
        };
    }

    // Lower case with single spaces and no surrounding quotes, such as "used to make"; idempotent.
    public static string NormalizeLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return string.Empty;
        }

        return CollapseWhitespace(label.Replace('_', ' ')).ToLowerInvariant().Trim(' ', '"', '\'', '.');
    }

    public static Entity Normalize(Entity entity) => new(NormalizeName(entity.Name), NormalizeType(entity.Type));

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
