using System.Text;

namespace FalseReject.Benchmarks.Diversity;

// Deterministic short prompts for the diversity benchmarks: 5 to 20 words drawn from a 5,000-word vocabulary with
// a skewed (roughly Zipf-like) frequency, so that common words and n-grams repeat across prompts as in real sets.
internal static class SyntheticPrompts
{
    private const int VocabularySize = 5_000;
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];

    public static List<string> Create(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, VocabularySize).Select(CreateWord).ToArray();
        var prompts = new List<string>(count);
        var builder = new StringBuilder();
        for (var prompt = 0; prompt < count; prompt++)
        {
            builder.Clear();
            var length = random.Next(5, 21);
            for (var word = 0; word < length; word++)
            {
                var u = random.NextDouble();
                builder.Append(vocabulary[(int)(VocabularySize * u * u * u)]).Append(' ');
            }

            builder.Length--;
            builder.Append('?');
            prompts.Add(builder.ToString());
        }

        return prompts;
    }

    // Spells an index as syllables (onset + vowel), so every index gets a distinct pronounceable word.
    private static string CreateWord(int index)
    {
        var builder = new StringBuilder();
        var value = index + 1;
        while (value > 0)
        {
            var syllable = value % (Onsets.Length * Vowels.Length);
            builder.Append(Onsets[syllable % Onsets.Length]).Append(Vowels[syllable / Onsets.Length]);
            value /= Onsets.Length * Vowels.Length;
        }

        return builder.ToString();
    }
}
