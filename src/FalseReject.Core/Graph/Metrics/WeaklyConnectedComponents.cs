namespace FalseReject;

// Weakly connected components by union-find over the edges: linear in the graph size and free of recursion,
// so a long chain of entities cannot overflow the stack as a recursive depth-first search could.
internal static class WeaklyConnectedComponents
{
    public static (int ComponentCount, int LargestComponentSize) Count(EntityGraph graph)
    {
        var parent = new int[graph.VertexCount];
        var size = new int[graph.VertexCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }

        var components = graph.VertexCount;
        foreach (var edge in graph.Edges)
        {
            var a = Find(parent, edge.Source.Id);
            var b = Find(parent, edge.Target.Id);
            if (a == b)
            {
                continue;
            }

            if (size[a] < size[b])
            {
                (a, b) = (b, a);
            }

            parent[b] = a;
            size[a] += size[b];
            components--;
        }

        var largest = 0;
        for (var i = 0; i < parent.Length; i++)
        {
            if (parent[i] == i)
            {
                largest = Math.Max(largest, size[i]);
            }
        }

        return (components, largest);
    }

    private static int Find(int[] parent, int vertex)
    {
        while (parent[vertex] != vertex)
        {
            parent[vertex] = parent[parent[vertex]];
            vertex = parent[vertex];
        }

        return vertex;
    }
}
