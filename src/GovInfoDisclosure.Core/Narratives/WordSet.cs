namespace GovInfoDisclosure.Core.Narratives;

/// <summary>
/// A set of words to look for in a span of text in one pass, allocating nothing. The words are grouped by their first
/// character, and those characters are kept in a small open-addressing hash table: the text is read once, each
/// character looked up in the table (a multiplication, a shift and a comparison, rarely two), and only where a word
/// could start are the words of that character compared.
/// </summary>
/// <remarks>
/// The spans searched are short (a clause, often less than 40 characters) and the words few (a few dozen, one to three
/// characters), where this costs less than a <see cref="System.Buffers.SearchValues{T}"/> of strings, whose set-up per
/// call and automaton on non-ASCII text dominate on such inputs.
/// </remarks>
internal sealed class WordSet
{
    private const int Empty = -1;

    private readonly int[] _keys;
    private readonly int[] _firstWord;
    private readonly string[] _words;
    private readonly int _shift;

    public WordSet(string[] words)
    {
        // Words sorted by first character, so that the words of one character are contiguous.
        _words = [.. words.Distinct(StringComparer.Ordinal).OrderBy(w => w[0])];
        char[] firsts = [.. _words.Select(w => w[0]).Distinct()];

        // A table at most a quarter full keeps most look-ups at one probe.
        int size = 16;
        while (size < firsts.Length * 4)
        {
            size *= 2;
        }

        _shift = 32 - int.Log2(size);
        _keys = new int[size];
        Array.Fill(_keys, Empty);
        _firstWord = new int[size];
        foreach (char first in firsts)
        {
            int slot = Slot(first);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & (size - 1);
            }

            _keys[slot] = first;
            _firstWord[slot] = Array.FindIndex(_words, w => w[0] == first);
        }
    }

    /// <summary>Whether any of the words occurs in the text.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
        int[] keys = _keys;
        int mask = keys.Length - 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int slot = Slot(c);
            while (true)
            {
                int key = keys[slot];
                if (key == c)
                {
                    if (StartsAt(text, i, _firstWord[slot]))
                    {
                        return true;
                    }

                    break;
                }

                if (key == Empty)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        return false;
    }

    private int Slot(char c) => (int)((c * 0x9E3779B1u) >> _shift);

    /// <summary>Whether one of the words that begin with <c>text[at]</c>, from <paramref name="first"/> on, starts at <paramref name="at"/>.</summary>
    private bool StartsAt(ReadOnlySpan<char> text, int at, int first)
    {
        string[] words = _words;
        char c = text[at];
        ReadOnlySpan<char> rest = text[at..];
        for (int w = first; w < words.Length && words[w][0] == c; w++)
        {
            if (rest.StartsWith(words[w], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
