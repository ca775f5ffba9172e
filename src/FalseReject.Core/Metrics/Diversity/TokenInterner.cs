using System.Runtime.InteropServices;

namespace FalseReject;

// Maps the tokens of texts to integer ids, assigned by first occurrence in a shared vocabulary.
internal static class TokenInterner
{
    // Appends the token ids of a text. The default tokenizer's tokens are looked up as spans of the lower-cased
    // text, so that only the first occurrence of each distinct token allocates a string.
    public static void AppendTokenIds(string text, ITokenizer tokenizer, Dictionary<string, int> vocabulary, List<int> tokenIds)
    {
        if (tokenizer is not WordPunctuationTokenizer)
        {
            foreach (var token in tokenizer.Tokenize(text))
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, token, out var exists);
                if (!exists)
                {
                    id = vocabulary.Count - 1;
                }

                tokenIds.Add(id);
            }

            return;
        }

        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var lower = PythonUnicode.ToLower(text);
        var index = 0;
        while (WordPunctuationTokenizer.TryReadToken(lower, ref index, out var start, out var length))
        {
            var token = lower.AsSpan(start, length);
            if (!lookup.TryGetValue(token, out var id))
            {
                id = vocabulary.Count;
                lookup[token] = id;
            }

            tokenIds.Add(id);
        }
    }
}
