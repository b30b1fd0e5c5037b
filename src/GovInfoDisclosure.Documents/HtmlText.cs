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
}
