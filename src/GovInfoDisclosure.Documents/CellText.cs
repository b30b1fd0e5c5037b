using System.Text;

namespace GovInfoDisclosure.Documents;

/// <summary>Text as a reader of a page sees it: runs of white space shown as one space, no white space at the ends of a line.</summary>
internal static class CellText
{
    /// <summary>
    /// Collapses each run of spaces, tabs and no-break spaces into one space and trims each line; line breaks
    /// (<c>\n</c>) are kept, blank lines dropped.
    /// </summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The text as shown.</returns>
    internal static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                TrimEnd(sb);
                if (sb.Length > 0 && sb[^1] != '\n')
                {
                    sb.Append('\n');
                }

                space = false;
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

        TrimEnd(sb);
        return sb.ToString();
    }

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\n')
        {
            sb.Length--;
        }
    }
}
