using System.Globalization;
using System.Text.Json;

namespace FalseReject;

// Reads the JSON the extraction roles ask for, accepting the variations models produce: a bare array in
// place of the wrapping object, other common key names, strings in place of objects and numbers as strings.
internal static class ExtractionJson
{
    private static readonly string[] EntityArrayKeys = ["entities", "entity_list", "items"];
    private static readonly string[] NameKeys = ["name", "entity", "text", "value"];
    private static readonly string[] TypeKeys = ["type", "category", "kind", "entity_type"];
    private static readonly string[] ChoiceKeys = ["choice", "list", "index", "best", "vote", "selected"];
    private static readonly string[] RelationArrayKeys = ["relations", "relationships", "edges", "triples"];
    private static readonly string[] SourceKeys = ["source", "subject", "head", "from"];
    private static readonly string[] LabelKeys = ["label", "relation", "predicate", "type"];
    private static readonly string[] TargetKeys = ["target", "object", "tail", "to"];

    public static bool TryParseEntities(string output, int maxEntities, out IReadOnlyList<Entity>? entities, out string error)
    {
        entities = null;
        if (!StructuredOutputParser.TryParse(output, out var json))
        {
            error = "The output contains no JSON object or array.";
            return false;
        }

        if (!TryGetArray(json.Value, EntityArrayKeys, out var array))
        {
            error = "The JSON has no 'entities' array.";
            return false;
        }

        var list = new List<Entity>();
        var seen = new HashSet<(string, string)>();
        foreach (var item in array.EnumerateArray())
        {
            var entity = ReadEntity(item);
            if (entity is null || !seen.Add((entity.Name, entity.Type)))
            {
                continue;
            }

            list.Add(entity);
            if (list.Count == maxEntities)
            {
                break;
            }
        }

        if (list.Count == 0 && array.GetArrayLength() > 0)
        {
            error = "The 'entities' array has no entry with a name.";
            return false;
        }

        entities = list;
        error = string.Empty;
        return true;
    }

    // Returns the zero-based choice; the model numbers the lists from 1.
    public static bool TryParseChoice(string output, int candidateCount, out int? choice, out string error)
    {
        choice = null;
        if (!StructuredOutputParser.TryParse(output, out var json))
        {
            error = "The output contains no JSON object.";
            return false;
        }

        if (json.Value.ValueKind != JsonValueKind.Object || !TryGetNumber(json.Value, ChoiceKeys, out var number))
        {
            error = "The JSON has no numeric 'choice'.";
            return false;
        }

        if (number < 1 || number > candidateCount)
        {
            error = $"The choice {number} is outside the lists 1 to {candidateCount}.";
            return false;
        }

        choice = number - 1;
        error = string.Empty;
        return true;
    }

    public static bool TryParseRelations(string output, out IReadOnlyList<(string Source, string Label, string Target)>? relations, out string error)
    {
        relations = null;
        if (!StructuredOutputParser.TryParse(output, out var json))
        {
            error = "The output contains no JSON object or array.";
            return false;
        }

        if (!TryGetArray(json.Value, RelationArrayKeys, out var array))
        {
            error = "The JSON has no 'relations' array.";
            return false;
        }

        var list = new List<(string, string, string)>();
        foreach (var item in array.EnumerateArray())
        {
            if (TryReadTriple(item, out var triple))
            {
                list.Add(triple);
            }
        }

        relations = list;
        error = string.Empty;
        return true;
    }

    private static bool TryReadTriple(JsonElement item, out (string Source, string Label, string Target) triple)
    {
        triple = default;
        if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() == 3)
        {
            triple = (item[0].ToString(), item[1].ToString(), item[2].ToString());
            return true;
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var source = GetString(item, SourceKeys);
        var label = GetString(item, LabelKeys);
        var target = GetString(item, TargetKeys);
        if (source is null || label is null || target is null)
        {
            return false;
        }

        triple = (source, label, target);
        return true;
    }

    private static Entity? ReadEntity(JsonElement item)
    {
        string? name;
        string? type = null;
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                name = item.GetString();
                break;
            case JsonValueKind.Object:
                name = GetString(item, NameKeys);
                type = GetString(item, TypeKeys);
                break;
            default:
                return null;
        }

        var normalizedName = EntityNormalizer.NormalizeName(name);
        return normalizedName.Length == 0 ? null : new Entity(normalizedName, EntityNormalizer.NormalizeExtractedType(type));
    }

    private static bool TryGetArray(JsonElement root, string[] keys, out JsonElement array)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            array = root;
            return true;
        }

        array = default;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && keys.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                array = property.Value;
                return true;
            }
        }

        return false;
    }

    private static string? GetString(JsonElement item, string[] keys)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (keys.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                return property.Value.ToString();
            }
        }

        return null;
    }

    private static bool TryGetNumber(JsonElement item, string[] keys, out int number)
    {
        number = 0;
        var text = GetString(item, keys);
        return text is not null && int.TryParse(text.Trim().TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
    }
}
