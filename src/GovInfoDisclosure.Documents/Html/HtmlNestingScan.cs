using System.Collections.Frozen;

namespace GovInfoDisclosure.Documents.Html;

/// <summary>
/// A linear scan of a page's tags before it is parsed, which refuses pathological nesting: the HTML tree builder checks
/// the stack of open elements at every tag, so that a page of tens of thousands of nested elements costs minutes to
/// parse. The scan approximates the tree builder (void elements, raw text, end tags closing to their start, the implied
/// ends of <c>p</c>, <c>li</c> and table cells) and errs on the side of a deeper count.
/// </summary>
internal static class HtmlNestingScan
{
    private static readonly FrozenSet<string> Void = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(
        StringComparer.Ordinal, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");

    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
        "article", "aside", "header", "footer", "nav", "form", "hr", "address", "center", "figure", "main", "fieldset");

    /// <summary>The index in the text of the first start tag nested deeper than the limit, or -1.</summary>
    /// <param name="html">The page's source.</param>
    /// <param name="limit">The deepest nesting allowed.</param>
    /// <returns>The index of the tag, or -1.</returns>
    internal static int FirstTooDeep(string html, int limit)
    {
        var stack = new List<string>();
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            int start = i;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            bool closing = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE", "<?xml", "< " and the like: not an element.
                i = nameStart;
                continue;
            }

            string name = html[nameStart..nameEnd].ToLowerInvariant();
            int tagEnd = TagEnd(html, nameEnd);
            bool selfClosing = tagEnd > 1 && html[tagEnd - 1] == '/';
            i = Math.Min(html.Length, tagEnd + 1);
            if (closing)
            {
                int at = stack.LastIndexOf(name);
                if (at >= 0)
                {
                    stack.RemoveRange(at, stack.Count - at);
                }

                continue;
            }

            if (Void.Contains(name) || selfClosing)
            {
                continue;
            }

            if (RawText.Contains(name))
            {
                int end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            CloseImplied(stack, name);
            stack.Add(name);
            if (stack.Count > limit)
            {
                return start;
            }
        }

        return -1;
    }

    private static void CloseImplied(List<string> stack, string name)
    {
        string? top = stack.Count > 0 ? stack[^1] : null;
        if (top == "p" && ClosesParagraph.Contains(name))
        {
            stack.RemoveAt(stack.Count - 1);
        }
        else if (name == "tr")
        {
            while (stack.Count > 0 && stack[^1] is "td" or "th" or "tr")
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }
        else if ((name is "td" or "th" && top is "td" or "th")
            || (name is "dt" or "dd" && top is "dt" or "dd")
            || (name is "li" or "option" && top == name))
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static int TagEnd(string html, int i)
    {
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return html.Length;
    }
}
