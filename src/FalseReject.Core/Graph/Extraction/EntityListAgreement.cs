namespace FalseReject;

// Agreement between candidate entity lists, compared by normalised (name, type).
internal static class EntityListAgreement
{
    // For each candidate: summed over its distinct entities, how many other candidates contain the same entity.
    public static int[] Scores(IReadOnlyList<IReadOnlyList<Entity>> candidates)
    {
        var sets = candidates.Select(ToKeySet).ToArray();
        var scores = new int[sets.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            foreach (var key in sets[i])
            {
                for (var j = 0; j < sets.Length; j++)
                {
                    if (j != i && sets[j].Contains(key))
                    {
                        scores[i]++;
                    }
                }
            }
        }

        return scores;
    }

    public static bool AllIdentical(IReadOnlyList<IReadOnlyList<Entity>> candidates)
    {
        var first = ToKeySet(candidates[0]);
        return candidates.Skip(1).All(candidate => ToKeySet(candidate).SetEquals(first));
    }

    private static HashSet<(string, string)> ToKeySet(IReadOnlyList<Entity> entities) =>
        entities.Select(entity => (EntityNormalizer.NormalizeName(entity.Name), EntityNormalizer.NormalizeType(entity.Type))).ToHashSet();
}
