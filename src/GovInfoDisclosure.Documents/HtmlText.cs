using System.Buffers;

namespace GovInfoDisclosure.Documents;

/// <summary>Text written into HTML so that it prints as written: markup characters as references, line breaks as <c>&lt;br&gt;</c>.</summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'\r\n\0");

    /// <summary>Writes text escaped for an element's content or a quoted attribute value; a line feed as <c>&lt;br&gt;</c> unless <paramref name="attribute"/>.</summary>
    public static void Write(TextWriter writer, string text, bool attribute = false)
    {
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int i = rest.IndexOfAny(Special);
            if (i < 0)
            {
                writer.Write(rest);
                return;
            }

            writer.Write(rest[..i]);
            writer.Write(rest[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                '\n' => attribute ? "&#10;" : "<br>",
                _ => "\uFFFD",
            });
            rest = rest[(i + 1)..];
        }
    }

    /// <summary>
    /// Whether a browser (or a reader of pages) would show the text otherwise than written unless its element keeps white
    /// space: a space or tab at either end of a line, a tab, two spaces together, a carriage return.
    /// </summary>
    public static bool NeedsKeptWhiteSpace(string text)
    {
        // Found with a vectorised search: Chinese text seldom holds a space, so this is usually one pass that finds nothing.
        for (int i = text.AsSpan().IndexOfAny(' ', '\t', '\r'); i >= 0;)
        {
            if (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] is ' ' or '\n' || text[i + 1] is ' ' or '\n')
            {
                return true;
            }

            int next = text.AsSpan(i + 1).IndexOfAny(' ', '\t', '\r');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>Writes <c> style="white-space:pre-wrap"</c> where the text needs it (<see cref="NeedsKeptWhiteSpace"/>), so that a reader that applies no stylesheet sees the spaces too.</summary>
    public static void WriteKeptWhiteSpace(TextWriter writer, string text)
    {
        if (NeedsKeptWhiteSpace(text))
        {
            writer.Write(" style=\"white-space:pre-wrap\"");
        }
    }
}
