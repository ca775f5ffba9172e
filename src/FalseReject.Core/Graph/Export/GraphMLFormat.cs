using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace FalseReject;

// GraphML writing and reading. Node ids are n{vertex id} and edge ids e{edge id}; the seed table, with each seed's
// entity and relation ids in order, is JSON in a graph-level attribute so a round trip loses nothing.
internal static class GraphMLFormat
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly XNamespace Ns = Namespace;

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("seeds", "graph", "seeds", "string"),
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("seedCount", "node", "seedCount", "int"),
        ("nodeSeeds", "node", "seeds", "string"),
        ("relation", "edge", "label", "string"),
        ("weight", "edge", "weight", "double"),
        ("edgeSeedCount", "edge", "seedCount", "int"),
        ("edgeSeeds", "edge", "seeds", "string"),
    ];

    public static void Write(EntityGraph graph, XmlWriter writer)
    {
        var document = EntityGraphDocument.FromGraph(graph);
        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        foreach (var (id, forElement, name, type) in Keys)
        {
            writer.WriteStartElement("key", Namespace);
            writer.WriteAttributeString("id", id);
            writer.WriteAttributeString("for", forElement);
            writer.WriteAttributeString("attr.name", name);
            writer.WriteAttributeString("attr.type", type);
            writer.WriteEndElement();
        }

        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "entities");
        writer.WriteAttributeString("edgedefault", "directed");
        WriteData(writer, "seeds", JsonSerializer.Serialize(document.Seeds, GraphJsonContext.Default.ListSeedDocument));
        foreach (var node in graph.Vertices)
        {
            writer.WriteStartElement("node", Namespace);
            writer.WriteAttributeString("id", NodeId(node.Id));
            WriteData(writer, "label", node.Entity.Name);
            WriteData(writer, "type", node.Entity.Type);
            WriteData(writer, "seedCount", node.SeedCount.ToString(CultureInfo.InvariantCulture));
            WriteData(writer, "nodeSeeds", JsonSerializer.Serialize(node.SeedIds.ToList(), GraphJsonContext.Default.ListString));
            writer.WriteEndElement();
        }

        foreach (var edge in graph.Edges)
        {
            writer.WriteStartElement("edge", Namespace);
            writer.WriteAttributeString("id", "e" + edge.Id.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("source", NodeId(edge.Source.Id));
            writer.WriteAttributeString("target", NodeId(edge.Target.Id));
            WriteData(writer, "relation", edge.Label);
            WriteData(writer, "weight", edge.Weight.ToString("R", CultureInfo.InvariantCulture));
            WriteData(writer, "edgeSeedCount", edge.SeedCount.ToString(CultureInfo.InvariantCulture));
            WriteData(writer, "edgeSeeds", JsonSerializer.Serialize(edge.SeedIds.ToList(), GraphJsonContext.Default.ListString));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    public static EntityGraphDocument Read(XmlReader reader)
    {
        var root = XDocument.Load(reader).Root;
        if (root is null || root.Name != Ns + "graphml")
        {
            throw new InvalidDataException("The file is not GraphML: the root element is not <graphml>.");
        }

        // Attribute names are matched through the declared keys, so files whose key ids differ still read.
        var keyNames = root.Elements(Ns + "key").ToDictionary(
            key => (string?)key.Attribute("id") ?? string.Empty,
            key => ((string?)key.Attribute("for") ?? "all", (string?)key.Attribute("attr.name") ?? string.Empty),
            StringComparer.Ordinal);
        var graphElement = root.Element(Ns + "graph") ?? throw new InvalidDataException("The GraphML file has no <graph> element.");

        var document = new EntityGraphDocument();
        var seedsJson = DataOf(graphElement, keyNames, "graph", "seeds");
        if (!string.IsNullOrEmpty(seedsJson))
        {
            try
            {
                document.Seeds = JsonSerializer.Deserialize(seedsJson, GraphJsonContext.Default.ListSeedDocument) ?? [];
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The GraphML seed table is invalid JSON: {exception.Message}", exception);
            }
        }

        var nodeIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in graphElement.Elements(Ns + "node"))
        {
            var id = (string?)node.Attribute("id") ?? throw new InvalidDataException("A GraphML node has no id.");
            if (!nodeIndexes.TryAdd(id, nodeIndexes.Count))
            {
                throw new InvalidDataException($"The GraphML node id '{id}' appears twice.");
            }

            document.Entities.Add(new EntityDocument
            {
                Id = nodeIndexes[id],
                Name = DataOf(node, keyNames, "node", "label") ?? throw new InvalidDataException($"The GraphML node '{id}' has no label."),
                Type = DataOf(node, keyNames, "node", "type") ?? EntityTypes.Concept,
            });
        }

        foreach (var edge in graphElement.Elements(Ns + "edge"))
        {
            var weightText = DataOf(edge, keyNames, "edge", "weight");
            document.Relations.Add(new RelationDocument
            {
                Id = document.Relations.Count,
                Source = NodeIndex(nodeIndexes, (string?)edge.Attribute("source")),
                Target = NodeIndex(nodeIndexes, (string?)edge.Attribute("target")),
                Label = DataOf(edge, keyNames, "edge", "label") ?? string.Empty,
                Weight = ParseWeight(weightText),
            });
        }

        return document;
    }

    private static double ParseWeight(string? text)
    {
        if (text is null)
        {
            return 1;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
            ? weight
            : throw new InvalidDataException($"The GraphML edge weight '{text}' is not a number.");
    }

    private static int NodeIndex(Dictionary<string, int> nodeIndexes, string? id) =>
        id is not null && nodeIndexes.TryGetValue(id, out var index)
            ? index
            : throw new InvalidDataException($"A GraphML edge refers to the unknown node '{id}'.");

    private static string? DataOf(XElement element, Dictionary<string, (string For, string Name)> keyNames, string forElement, string name)
    {
        foreach (var data in element.Elements(Ns + "data"))
        {
            var key = (string?)data.Attribute("key");
            if (key is not null
                && keyNames.TryGetValue(key, out var declared)
                && declared.Name == name
                && (declared.For == forElement || declared.For == "all"))
            {
                return data.Value;
            }
        }

        return null;
    }

    private static void WriteData(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static string NodeId(int id) => "n" + id.ToString(CultureInfo.InvariantCulture);
}
