using System.Diagnostics.CodeAnalysis;
using QuikGraph;

namespace FalseReject;

// The read-only QuikGraph view of an EntityGraph over its own adjacency arrays. Parallel edges exist between two
// entities only with different labels. Unknown vertices raise QuikGraph's VertexNotFoundException, as its graphs do.
internal sealed class EntityGraphView(EntityGraph graph) : IBidirectionalGraph<EntityNode, RelationEdge>
{
    public bool IsDirected => true;

    public bool AllowParallelEdges => true;

    public bool IsVerticesEmpty => graph.VertexCount == 0;

    public int VertexCount => graph.VertexCount;

    public IEnumerable<EntityNode> Vertices => graph.Vertices;

    public bool IsEdgesEmpty => graph.EdgeCount == 0;

    public int EdgeCount => graph.EdgeCount;

    public IEnumerable<RelationEdge> Edges => graph.Edges;

    public bool ContainsVertex(EntityNode vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);

        return graph.Owns(vertex);
    }

    public bool ContainsEdge(RelationEdge edge) => graph.Owns(edge);

    public bool ContainsEdge(EntityNode source, EntityNode target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(EntityNode source, EntityNode target, out RelationEdge edge)
    {
        Require(source);
        ArgumentNullException.ThrowIfNull(target);

        for (var i = 0; i < source.OutDegree; i++)
        {
            edge = source.OutEdgeAt(i);
            if (ReferenceEquals(edge.Target, target))
            {
                return true;
            }
        }

        edge = default;
        return false;
    }

    public bool TryGetEdges(EntityNode source, EntityNode target, [MaybeNullWhen(false)] out IEnumerable<RelationEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);

        edges = graph.Owns(source) ? source.OutEdges.Where(candidate => ReferenceEquals(candidate.Target, target)).ToArray() : null;
        return edges is not null;
    }

    public bool IsOutEdgesEmpty(EntityNode vertex) => Require(vertex).OutDegree == 0;

    public int OutDegree(EntityNode vertex) => Require(vertex).OutDegree;

    public IEnumerable<RelationEdge> OutEdges(EntityNode vertex) => Require(vertex).OutEdges;

    public bool TryGetOutEdges(EntityNode vertex, [MaybeNullWhen(false)] out IEnumerable<RelationEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(vertex);

        edges = graph.Owns(vertex) ? vertex.OutEdges : null;
        return edges is not null;
    }

    public RelationEdge OutEdge(EntityNode vertex, int index) => Require(vertex).OutEdges[index];

    public bool IsInEdgesEmpty(EntityNode vertex) => Require(vertex).InDegree == 0;

    public int InDegree(EntityNode vertex) => Require(vertex).InDegree;

    public IEnumerable<RelationEdge> InEdges(EntityNode vertex) => Require(vertex).InEdges;

    public bool TryGetInEdges(EntityNode vertex, [MaybeNullWhen(false)] out IEnumerable<RelationEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(vertex);

        edges = graph.Owns(vertex) ? vertex.InEdges : null;
        return edges is not null;
    }

    public RelationEdge InEdge(EntityNode vertex, int index) => Require(vertex).InEdges[index];

    public int Degree(EntityNode vertex) => Require(vertex).Degree;

    private EntityNode Require(EntityNode vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);

        return graph.Owns(vertex) ? vertex : throw new VertexNotFoundException($"The vertex '{vertex}' is not in this graph.");
    }
}
