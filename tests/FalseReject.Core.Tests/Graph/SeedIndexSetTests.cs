namespace FalseReject.Tests.Graph;

public sealed class SeedIndexSetTests
{
    [Fact]
    public void Add_AnyOrder_KeepsDistinctSortedIndexes()
    {
        var set = default(SeedIndexSet);
        var random = new Random(3);
        var expected = new SortedSet<int>();

        for (var i = 0; i < 500; i++)
        {
            var index = random.Next(100);
            Assert.Equal(expected.Add(index), set.Add(index));
        }

        Assert.Equal(expected.Count, set.Count);
        Assert.Equal(expected, set.ToSortedArray());
        Assert.All(Enumerable.Range(0, 100), index => Assert.Equal(expected.Contains(index), set.Contains(index)));
    }

    [Fact]
    public void Add_Repeats_CountOnce()
    {
        var set = default(SeedIndexSet);

        Assert.True(set.Add(5));
        Assert.False(set.Add(5));
        Assert.True(set.Add(2));
        Assert.False(set.Add(2));
        Assert.False(set.Add(5));

        Assert.Equal([2, 5], set.ToSortedArray());
    }
}
