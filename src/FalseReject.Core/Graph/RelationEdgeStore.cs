namespace FalseReject;

// The columns of every edge of one graph, indexed by edge id. Plain arrays of numbers are never traced by the
// garbage collector, which keeps building and collecting a graph of a million relations fast.
internal sealed class RelationEdgeStore(int capacity)
{
    public int[] Source { get; private set; } = new int[capacity];

    public int[] Target { get; private set; } = new int[capacity];

    public int[] Label { get; private set; } = new int[capacity];

    public double[] Weight { get; private set; } = new double[capacity];

    public SeedIndexSet[] Seeds { get; private set; } = new SeedIndexSet[capacity];

    public int Count { get; private set; }

    public int Add(int source, int label, int target)
    {
        if (Count == Source.Length)
        {
            var size = Math.Max(16, Count * 2);
            Source = Resize(Source, size);
            Target = Resize(Target, size);
            Label = Resize(Label, size);
            Weight = Resize(Weight, size);
            Seeds = Resize(Seeds, size);
        }

        Source[Count] = source;
        Target[Count] = target;
        Label[Count] = label;
        return Count++;
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
