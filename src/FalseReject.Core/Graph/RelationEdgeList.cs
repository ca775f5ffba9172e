using System.Collections;

namespace FalseReject;

// A read-only list of edges of one graph given by edge ids, or all edges when no ids are given.
internal sealed class RelationEdgeList(EntityGraph graph, IReadOnlyList<int>? ids) : IReadOnlyList<RelationEdge>
{
    public int Count => ids?.Count ?? graph.EdgeCount;

    public RelationEdge this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            return new RelationEdge(graph, ids is null ? index : ids[index]);
        }
    }

    public IEnumerator<RelationEdge> GetEnumerator()
    {
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return new RelationEdge(graph, ids is null ? i : ids[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
