using System.Text;

namespace GovInfoDisclosure.Documents;

/// <summary>Text as a reader of a page sees it: runs of white space shown as one space, no white space at the ends of a line.</summary>
internal static class CellText
{
    /// <summary>
    /// The most cells a table inside a table's cell has where it is the cell's value, not the page's layout (4): a page
    /// that wraps a number in a table of its own (a one-cell table, or a number and its unit), where that table is all the
    /// cell holds and holds no table itself. A table holding any other table lays the page out, its cells containers.
    /// </summary>
    internal const int MaxValueTableCells = 4;

    /// <summary>
    /// Text printed raised or lowered (HTML <c>sup</c>/<c>sub</c>, a Word run's superscript or subscript) as it shows: its
    /// digits as the superscript or subscript digits (<c>131&lt;sup&gt;1&lt;/sup&gt;</c> is <c>131¹</c>, a number with
    /// a footnote mark, not 1311; <c>m²</c>), the rest as it is.
    /// </summary>
    internal static string Scripted(string text, bool superscript)
    {
        const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";
        return string.Create(text.Length, (text, superscript), static (span, state) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = state.text[i];
                span[i] = char.IsAsciiDigit(c) ? (state.superscript ? Superscripts : Subscripts)[c - '0'] : c;
            }
        });
    }

    /// <summary>
    /// Collapses each run of spaces, tabs and no-break spaces into one space and trims each line; line breaks
    /// (<c>\n</c>) are kept, blank lines dropped.
    /// </summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The text as shown.</returns>
    internal static string Clean(string text)
    {
        // What is appended ends with a character that is not white space or with one line feed: a space only ever goes
        // in before a character (a run of white space at the start or end of a line is never written), a line feed
        // only after a character, so the text never ends with a space and only its last line feed is to be dropped.
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                if (sb.Length > 0 && sb[^1] != '\n')
                {
                    sb.Append('\n');
                }
            }
            else if (c is ' ' or '\t' or '\r' or '\f' or '\u00A0')
            {
                space = true;
            }
            else
            {
                if (space && sb.Length > 0 && sb[^1] != '\n')
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c);
            }
        }

        return sb.Length > 0 && sb[^1] == '\n' ? sb.ToString(0, sb.Length - 1) : sb.ToString();
    }

    /// <summary>
    /// The text as shown, once cleaned (<see cref="Clean"/> may run more than once over a text, so the white space it
    /// keeps is written back only here, when a block or cell is made).
    /// </summary>
    /// <param name="cleaned">Text that <see cref="Clean"/> returned.</param>
    /// <returns>The text with the kept white space.</returns>
    internal static string Shown(string cleaned) =>
        cleaned.AsSpan().IndexOfAnyInRange(KeptSpace, KeptReturn) < 0 ? cleaned : string.Create(cleaned.Length, cleaned, static (span, t) =>
        {
            for (int i = 0; i < t.Length; i++)
            {
                span[i] = t[i] switch { KeptSpace => ' ', KeptTab => '\t', KeptReturn => '\r', char c => c };
            }
        });

    // Noncharacters (never in interchange text) stand for white space that Clean keeps.
    private const char KeptSpace = '\uFDD0';
    private const char KeptTab = '\uFDD1';
    private const char KeptReturn = '\uFDD2';

    /// <summary>
    /// Text whose white space is shown as written (an HTML element styled <c>white-space: pre-wrap</c>, Word's runs): its
    /// spaces, tabs and carriage returns are kept by <see cref="Clean"/>, which still drops blank lines.
    /// </summary>
    /// <param name="text">The raw text; <c>\n</c> stays a line break.</param>
    /// <returns>The text to append to what <see cref="Clean"/> will clean.</returns>
    internal static string Kept(string text) =>
        string.Create(text.Length, text, static (span, t) =>
        {
            for (int i = 0; i < t.Length; i++)
            {
                span[i] = t[i] switch { ' ' => KeptSpace, '\t' => KeptTab, '\r' => KeptReturn, char c => c };
            }
        });
}
