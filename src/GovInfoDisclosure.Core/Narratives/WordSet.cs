using System.Buffers;

namespace GovInfoDisclosure.Core.Narratives;

/// <summary>
/// A set of words to look for in a span of text in one pass, allocating nothing: <see cref="SearchValues{T}"/> of strings
/// where the runtime has it (.NET 9 on), else a scan for the words' first characters followed by a prefix check.
/// </summary>
internal sealed class WordSet
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _words;
#else
    private readonly string[] _words;
    private readonly SearchValues<char> _firstChars;
#endif

    public WordSet(string[] words)
    {
#if NET9_0_OR_GREATER
        _words = SearchValues.Create(words, StringComparison.Ordinal);
#else
        _words = words;
        _firstChars = SearchValues.Create(string.Concat(words.Select(w => w[0]).Distinct()));
#endif
    }

    /// <summary>Whether any of the words occurs in the text.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_words) >= 0;
#else
        int offset = 0;
        while (offset < text.Length)
        {
            int at = text[offset..].IndexOfAny(_firstChars);
            if (at < 0)
            {
                return false;
            }

            ReadOnlySpan<char> rest = text[(offset + at)..];
            foreach (string word in _words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            offset += at + 1;
        }

        return false;
#endif
    }
}
