namespace FalseReject;

// The distinct seed indexes of one vertex or edge. Most entities and relations come from one seed, so the
// first index is stored inline and a hash set is allocated only for the second; this keeps a graph of a
// million relations small. A mutable struct: use it only as a field, never copy it.
internal struct SeedIndexSet
{
    private int _first;
    private int _count;
    private HashSet<int>? _more;

    public readonly int Count => _count;

    public bool Add(int index)
    {
        if (_count == 0)
        {
            _first = index;
            _count = 1;
            return true;
        }

        if (_more is null)
        {
            if (_first == index)
            {
                return false;
            }

            _more = [_first, index];
            _count = 2;
            return true;
        }

        if (!_more.Add(index))
        {
            return false;
        }

        _count++;
        return true;
    }

    public readonly bool Contains(int index) => _count switch
    {
        0 => false,
        _ when _more is null => _first == index,
        _ => _more.Contains(index),
    };

    // Ascending, which is the order the seeds were added to the graph.
    public readonly int[] ToSortedArray()
    {
        if (_count == 0)
        {
            return [];
        }

        if (_more is null)
        {
            return [_first];
        }

        var indexes = _more.ToArray();
        Array.Sort(indexes);
        return indexes;
    }
}
