namespace FalseReject;

// Assigns consecutive ids to non-negative 64-bit keys, with open addressing and linear probing.
// Dictionary<long, int> hashes a long as (low 32 bits XOR high 32 bits), so the packed key (prefix id, token id)
// of two small ids lands in few buckets and lookups degrade to long chains; Fibonacci hashing of the whole key
// spreads such keys evenly.
internal sealed class NGramIdMap
{
    private const long EmptyKey = -1;
    private const double MaxLoadFactor = 0.5;

    private long[] _keys;
    private int[] _ids;
    private int _shift;

    public NGramIdMap(int expectedCount = 16)
    {
        var capacity = 16;
        while (capacity * MaxLoadFactor < expectedCount)
        {
            capacity *= 2;
        }

        _keys = new long[capacity];
        _ids = new int[capacity];
        Array.Fill(_keys, EmptyKey);
        _shift = 64 - int.Log2(capacity);
    }

    public int Count { get; private set; }

    // Returns the id of the key, assigning the next id when the key is new.
    public int GetOrAdd(long key)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var existing = _keys[slot];
            if (existing == key)
            {
                return _ids[slot];
            }

            if (existing == EmptyKey)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        var id = Count;
        _keys[slot] = key;
        _ids[slot] = id;
        Count++;
        if (Count > _keys.Length * MaxLoadFactor)
        {
            Grow();
        }

        return id;
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Grow()
    {
        var oldKeys = _keys;
        var oldIds = _ids;
        _keys = new long[oldKeys.Length * 2];
        _ids = new int[oldKeys.Length * 2];
        Array.Fill(_keys, EmptyKey);
        _shift--;
        var mask = _keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] == EmptyKey)
            {
                continue;
            }

            var slot = Slot(oldKeys[i]);
            while (_keys[slot] != EmptyKey)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = oldKeys[i];
            _ids[slot] = oldIds[i];
        }
    }
}
