using System.Text;
using System.Xml.Linq;
using static FalseReject.Tests.Graph.GraphTestData;

namespace FalseReject.Tests.Graph;

public sealed class EntityGraphSerializerTests
{
    // A graph with awkward text: XML and JSON specials, quotes, a line break and a non-integer weight.
    private static EntityGraph CreateAwkwardGraph()
    {
        var graph = CreateSmallGraph();
        graph.AddSeed(new SeedPrompt("s<5>&\"", "Line one\nline \"two\" <b>&amp;</b>", "c&d"));
        graph.AddRelation(new EntityRelation(new Entity("x \"quoted\" <tag>", "malware family"), "uses \\ back", Poison), "s<5>&\"", 0.25);
        graph.AddSeed(new SeedPrompt("empty", string.Empty));
        return graph;
    }

    private static void AssertSameGraph(EntityGraph expected, EntityGraph actual)
    {
        Assert.Equal(expected.Seeds, actual.Seeds);
        Assert.Equal(expected.Vertices.Select(node => (node.Id, node.Entity, string.Join("|", node.SeedIds))), actual.Vertices.Select(node => (node.Id, node.Entity, string.Join("|", node.SeedIds))));
        Assert.Equal(
            expected.Edges.Select(edge => (edge.Id, edge.Source.Id, edge.Label, edge.Target.Id, edge.Weight, string.Join("|", edge.SeedIds))),
            actual.Edges.Select(edge => (edge.Id, edge.Source.Id, edge.Label, edge.Target.Id, edge.Weight, string.Join("|", edge.SeedIds))));
        foreach (var seed in expected.Seeds)
        {
            Assert.Equal(expected.GetSeedEntities(seed.Id).Select(node => node.Id), actual.GetSeedEntities(seed.Id).Select(node => node.Id));
            Assert.Equal(expected.GetSeedRelations(seed.Id).Select(edge => edge.Id), actual.GetSeedRelations(seed.Id).Select(edge => edge.Id));
        }
    }

    [Fact]
    public async Task Json_RoundTrip_LosesNothing()
    {
        var graph = CreateAwkwardGraph();
        using var stream = new MemoryStream();

        await EntityGraphSerializer.WriteJsonAsync(graph, stream);
        stream.Position = 0;
        var read = await EntityGraphSerializer.ReadJsonAsync(stream);

        AssertSameGraph(graph, read);
    }

    [Fact]
    public void GraphML_RoundTrip_LosesNothing()
    {
        var graph = CreateAwkwardGraph();
        using var stream = new MemoryStream();

        EntityGraphSerializer.WriteGraphML(graph, stream);
        stream.Position = 0;
        var read = EntityGraphSerializer.ReadGraphML(stream);

        AssertSameGraph(graph, read);
    }

    [Fact]
    public void GraphML_Output_IsStandardGraphML()
    {
        using var stream = new MemoryStream();

        EntityGraphSerializer.WriteGraphML(CreateSmallGraph(), stream);

        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var document = XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var graph = document.Root!.Element(ns + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        Assert.Equal(7, graph.Elements(ns + "node").Count());
        var edge = graph.Elements(ns + "edge").First();
        Assert.Equal("n0", (string?)edge.Attribute("source"));
        Assert.Equal("n1", (string?)edge.Attribute("target"));
        Assert.Contains(edge.Elements(ns + "data"), data => (string?)data.Attribute("key") == "relation" && data.Value == "targets");
        Assert.Contains(document.Root.Elements(ns + "key"), key => (string?)key.Attribute("attr.name") == "weight" && (string?)key.Attribute("attr.type") == "double");
    }

    [Fact]
    public async Task Save_AllFormats_LoadReadsJsonAndGraphML()
    {
        var graph = CreateAwkwardGraph();
        var directory = Directory.CreateTempSubdirectory("falsereject-export-").FullName;
        try
        {
            await EntityGraphSerializer.SaveAsync(graph, Path.Combine(directory, "g.json"), EntityGraphFormat.Json);
            await EntityGraphSerializer.SaveAsync(graph, Path.Combine(directory, "g.graphml"), EntityGraphFormat.GraphML);
            await EntityGraphSerializer.SaveAsync(graph, Path.Combine(directory, "g.dot"), EntityGraphFormat.Dot);

            AssertSameGraph(graph, await EntityGraphSerializer.LoadAsync(Path.Combine(directory, "g.json")));
            AssertSameGraph(graph, await EntityGraphSerializer.LoadAsync(Path.Combine(directory, "g.graphml")));
            Assert.StartsWith("digraph entities {", await File.ReadAllTextAsync(Path.Combine(directory, "g.dot")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Dot_SmallGraph_WritesNodesAndLabelledEdges()
    {
        using var writer = new StringWriter();

        EntityGraphSerializer.WriteDot(CreateAwkwardGraph(), writer);

        var dot = writer.ToString().ReplaceLineEndings("\n");
        Assert.Contains("  n0 [label=\"bomb\\n(object)\", type=\"object\", seeds=2];", dot, StringComparison.Ordinal);
        Assert.Contains("  n0 -> n1 [label=\"targets\", weight=2, relationWeight=2, seeds=2];", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"x \\\"quoted\\\" <tag>\\n(malware family)\"", dot, StringComparison.Ordinal);
        Assert.Contains("[label=\"uses \\\\ back\", weight=1, relationWeight=0.25, seeds=1];", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJson_EdgeToMissingEntity_ThrowsInvalidData()
    {
        var json = """{"version":1,"seeds":[],"entities":[{"id":0,"name":"a","type":"object"}],"relations":[{"id":0,"source":0,"label":"r","target":5,"weight":1}]}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => EntityGraphSerializer.ReadJsonAsync(stream));

        Assert.Equal("The relation 'r' refers to entity 0 or 5, but there are only 1 entities.", exception.Message);
    }

    [Fact]
    public async Task ReadJson_NotJson_ThrowsInvalidData()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("not json"));

        await Assert.ThrowsAsync<InvalidDataException>(() => EntityGraphSerializer.ReadJsonAsync(stream));
    }

    [Fact]
    public void ReadGraphML_UnknownEdgeNode_ThrowsInvalidData()
    {
        var xml = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="directed"><node id="a"><data key="label">x</data></node><edge source="a" target="b"/></graph>
            </graphml>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var exception = Assert.Throws<InvalidDataException>(() => EntityGraphSerializer.ReadGraphML(stream));

        Assert.Equal("A GraphML edge refers to the unknown node 'b'.", exception.Message);
    }
}
