namespace FalseReject;

// The distinct seed indexes of one vertex or edge, kept sorted. A build adds seeds in increasing index order, so an
// add is almost always an append or a repeat of the last index, both O(1). An earlier index is found by binary
// search and inserted. The first index is stored inline and an array is allocated only for the second, because most
// entities and relations come from one seed. This keeps a graph of a million relations small and cheap to collect.
// It is a mutable struct, so use it only as a field or array element and never copy it.
internal struct SeedIndexSet
{
    private int _first;
    private int _count;
    private int[]? _all;

    public readonly int Count => _count;

    public bool Add(int index)
    {
        if (_count == 0)
        {
            _first = index;
            _count = 1;
            return true;
        }

        if (_all is null)
        {
            if (_first == index)
            {
                return false;
            }

            _all = index > _first ? [_first, index, 0, 0] : [index, _first, 0, 0];
            _count = 2;
            return true;
        }

        var last = _all[_count - 1];
        if (index == last)
        {
            return false;
        }

        var position = index > last ? _count : Array.BinarySearch(_all, 0, _count, index);
        if (position >= 0 && position < _count)
        {
            return false;
        }

        position = position < 0 ? ~position : position;
        if (_count == _all.Length)
        {
            Array.Resize(ref _all, _count * 2);
        }

        Array.Copy(_all, position, _all, position + 1, _count - position);
        _all[position] = index;
        _count++;
        return true;
    }

    public readonly bool Contains(int index) => _count switch
    {
        0 => false,
        _ when _all is null => _first == index,
        _ => Array.BinarySearch(_all, 0, _count, index) >= 0,
    };

    // Ascending, which is the order the seeds were added to the graph.
    public readonly int[] ToSortedArray() => _count switch
    {
        0 => [],
        _ when _all is null => [_first],
        _ => _all[.._count],
    };
}
