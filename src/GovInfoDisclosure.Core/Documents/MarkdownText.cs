using System.Buffers;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// Text as Markdown prints it (CommonMark's inline rules that matter for a report's text): a backslash before ASCII
/// punctuation is that character, a character reference (<c>&amp;#32;</c>, <c>&amp;lt;</c>) is its character, emphasis
/// is its text, and in a heading or table cell <c>&lt;br&gt;</c> is a line break. These are what <see cref="MarkdownReportWriter"/> writes, so
/// that what it writes reads back as written.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// What a line of one repeated mark is in CommonMark (at most three spaces before it, any after): <c>'='</c> for a line
    /// of equals signs (a setext underline of the paragraph line just above, or else text), <c>'-'</c> for three or more
    /// hyphens without spaces between (an underline, or else a thematic break), <c>'*'</c> for any other thematic break
    /// (<c>* * *</c>, <c>___</c>, <c>- - -</c>: a rule, which prints no text); null for any other line.
    /// </summary>
    public static char? Rule(string line)
    {
        ReadOnlySpan<char> s = line.AsSpan().TrimEnd();
        int indent = s.Length - s.TrimStart(' ').Length;
        s = s.TrimStart(' ');
        if (indent > 3 || s.IsEmpty || s[0] is not ('=' or '-' or '*' or '_'))
        {
            return null;
        }

        char mark = s[0];
        if (mark == '=')
        {
            return s.ContainsAnyExcept('=') ? null : '=';
        }

        int marks = s.Count(mark);
        if (marks < 3 || s.ContainsAnyExcept(mark, ' ', '\t'))
        {
            return null;
        }

        return mark == '-' && marks == s.Length ? '-' : '*';
    }

    /// <summary>Whether a line ends with a hard line break: an odd number of backslashes at its end.</summary>
    public static bool EndsWithHardBreak(string line)
    {
        int count = 0;
        for (int i = line.Length - 1; i >= 0 && line[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    /// <summary>
    /// The text Markdown prints for <paramref name="text"/>; <paramref name="inline"/> for a heading or table cell
    /// (<c>&lt;br&gt;</c> is a line break). Emphasis (<c>**101**</c>, <c>_注_</c>) prints its text without the delimiters.
    /// </summary>
    public static string Decode(string text, bool inline)
    {
        if (text.AsSpan().IndexOfAny(Decoded) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        List<Delimiter>? delimiters = null;
        Dictionary<int, List<int>>? backticks = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is > ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                sb.Append(text[++i]);
            }
            else if (c is '*' or '_')
            {
                int end = i;
                while (end + 1 < text.Length && text[end + 1] == c)
                {
                    end++;
                }

                (delimiters ??= []).Add(Delimiter.Of(text, i, end + 1, sb.Length));
                sb.Append(c, end + 1 - i);
                i = end;
            }
            else if (c == '&' && Reference(text, i) is { Length: > 0 } reference)
            {
                sb.Append(WebUtility.HtmlDecode(reference));
                i += reference.Length - 1;
            }
            else if (c == '<' && inline && LineBreakTag(text, i) is > 0 and int length)
            {
                sb.Append('\n');
                i += length - 1;
            }
            else if (c == '`' && CodeSpan(text, i, ref backticks) is { Length: > 0 } code)
            {
                // Literal: no escape, reference or emphasis inside; printed without its backticks.
                sb.Append(code.Content);
                i += code.Length - 1;
            }
            else if (c == '<' && Autolink(text, i) is > 0 and int link)
            {
                // <http://…>: the address as printed, without its brackets, literal.
                sb.Append(text, i + 1, link - 2);
                i += link - 1;
            }
            else
            {
                sb.Append(c);
            }
        }

        return delimiters is null ? sb.ToString() : WithoutEmphasis(sb, delimiters);
    }

    /// <summary>What <see cref="Decode"/> reads: escapes, references, line break tags, autolinks, code spans and emphasis delimiters.</summary>
    private static readonly SearchValues<char> Decoded = SearchValues.Create("\\&<*_`");

    /// <summary>
    /// A code span starting at <paramref name="at"/> (CommonMark: a run of backticks, up to the next run of as many):
    /// its content as printed (line breaks as spaces, one space stripped at each end where both ends have one and it is
    /// not all spaces) and its length in the text; a zero length where the run opens no span. The text's backtick runs
    /// are found once (<paramref name="runs"/>: where the runs of each length start), so that looking for a closing run
    /// costs a search, not a scan of the rest of the text.
    /// </summary>
    private static (string Content, int Length) CodeSpan(string text, int at, ref Dictionary<int, List<int>>? runs)
    {
        if (at > 0 && text[at - 1] == '`')
        {
            return (string.Empty, 0);
        }

        runs ??= BacktickRuns(text);
        int run = 1;
        while (at + run < text.Length && text[at + run] == '`')
        {
            run++;
        }

        List<int> starts = runs[run];
        int next = starts.BinarySearch(at);
        next = next < 0 ? ~next : next + 1;
        if (next >= starts.Count)
        {
            return (string.Empty, 0);
        }

        int close = starts[next];
        string content = text[(at + run)..close].Replace('\n', ' ');
        if (content.Length >= 2 && content[0] == ' ' && content[^1] == ' ' && content.AsSpan().Trim(' ').Length > 0)
        {
            content = content[1..^1];
        }

        return (content, close + run - at);
    }

    /// <summary>Where each run of backticks in a text starts, by the run's length.</summary>
    private static Dictionary<int, List<int>> BacktickRuns(string text)
    {
        var runs = new Dictionary<int, List<int>>();
        for (int i = text.IndexOf('`', StringComparison.Ordinal); i >= 0; i = text.IndexOf('`', i))
        {
            int start = i;
            while (i < text.Length && text[i] == '`')
            {
                i++;
            }

            (CollectionsMarshal.GetValueRefOrAddDefault(runs, i - start, out _) ??= []).Add(start);
            if (i >= text.Length)
            {
                break;
            }
        }

        return runs;
    }

    /// <summary>
    /// The length of an autolink at <paramref name="at"/>, or 0 (CommonMark): a URI, <c>&lt;</c>, a scheme of 2 to 32
    /// characters, a colon, then no ASCII control character, space, <c>&lt;</c> or <c>&gt;</c> up to <c>&gt;</c>; or an
    /// email address, <c>&lt;lyxzfb@163.com&gt;</c> (as pandoc writes a linked address).
    /// </summary>
    private static int Autolink(string text, int at)
    {
        // Up to the next < or > only: neither autolink holds a <, and a scan to the end from each < of a line holding many
        // and no > would be quadratic.
        int next = text.AsSpan(at + 1).IndexOfAny('<', '>');
        if (next < 0 || text[at + 1 + next] == '<')
        {
            return 0;
        }

        int close = at + 1 + next;

        ReadOnlySpan<char> inside = text.AsSpan(at + 1, close - at - 1);
        int colon = inside.IndexOf(':');
        if (colon is >= 2 and <= 32 && char.IsAsciiLetter(inside[0]) && !inside[..colon].ContainsAnyExcept(SchemeCharacters)
            && !inside.ContainsAny(NotInUri))
        {
            return close - at + 1;
        }

        return EmailAutolink().IsMatch(inside) ? close - at + 1 : 0;
    }

    /// <summary>A scheme's characters.</summary>
    private static readonly SearchValues<char> SchemeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    /// <summary>What a URI autolink cannot hold: ASCII control characters, space and <c>&lt;</c> (its <c>&gt;</c> ends it).</summary>
    private static readonly SearchValues<char> NotInUri = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F \u007F<");

    /// <summary>CommonMark's email autolink (HTML5's valid e-mail address).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial System.Text.RegularExpressions.Regex EmailAutolink();

    /// <summary>
    /// A run of <c>*</c> or <c>_</c> (CommonMark's delimiter run): where it is in the decoded text, how many of its
    /// characters are left, and whether it can open or close emphasis, by the characters around it in the source.
    /// </summary>
    private sealed class Delimiter
    {
        public char Char { get; private init; }

        public int Start { get; private init; }

        public int Length { get; private init; }

        /// <summary>Characters taken from its left end (as a closer) and its right end (as an opener).</summary>
        public int FromLeft { get; set; }

        public int FromRight { get; set; }

        public int Left => Length - FromLeft - FromRight;

        public bool CanOpen { get; private init; }

        public bool CanClose { get; private init; }

        /// <summary>The run from <paramref name="from"/> to <paramref name="to"/> in <paramref name="text"/>, at <paramref name="at"/> in the decoded text.</summary>
        public static Delimiter Of(string text, int from, int to, int at)
        {
            // The beginning and end of the text count as white space.
            char before = from > 0 ? text[from - 1] : ' ';
            char after = to < text.Length ? text[to] : ' ';
            bool leftFlanking = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
            bool rightFlanking = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
            char c = text[from];
            return new Delimiter
            {
                Char = c,
                Start = at,
                Length = to - from,
                CanOpen = c == '*' ? leftFlanking : leftFlanking && (!rightFlanking || IsPunctuation(before)),
                CanClose = c == '*' ? rightFlanking : rightFlanking && (!leftFlanking || IsPunctuation(after)),
            };
        }

        /// <summary>CommonMark's Unicode punctuation: the general categories P and S.</summary>
        private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
    }

    /// <summary>
    /// The decoded text without the delimiters that make emphasis, matched as CommonMark's "process emphasis" does (closers
    /// left to right, each with the nearest opener of its character before it, the rule of three, strong before regular;
    /// a bound per kind of closer below which no opener is looked for again, and removals that cost nothing, so that the
    /// time grows with the line's length); the delimiters left unmatched are text.
    /// </summary>
    private static string WithoutEmphasis(StringBuilder sb, List<Delimiter> delimiters)
    {
        // The delimiters still in play, as a list linked by their indexes (in the text's order): a removal costs nothing.
        int count = delimiters.Count;
        int[] previous = new int[count];
        int[] next = new int[count];
        for (int i = 0; i < count; i++)
        {
            (previous[i], next[i]) = (i - 1, i + 1 < count ? i + 1 : -1);
        }

        void Remove(int i)
        {
            if (previous[i] >= 0)
            {
                next[previous[i]] = next[i];
            }

            if (next[i] >= 0)
            {
                previous[next[i]] = previous[i];
            }
        }

        // For each kind of closer (its character, its length modulo 3, whether it can open too), the index at and below
        // which no opener matches it: what matches depends only on the runs as printed, so the bound holds whatever is
        // removed later (indexes keep the text's order). -1: none yet.
        Span<int> bottoms = stackalloc int[12];
        bottoms.Fill(-1);
        int current = count > 0 ? 0 : -1;
        while (current >= 0)
        {
            Delimiter closer = delimiters[current];
            if (!closer.CanClose)
            {
                current = next[current];
                continue;
            }

            int kind = (closer.Char == '*' ? 0 : 6) + (closer.Length % 3 * 2) + (closer.CanOpen ? 1 : 0);
            int found = -1;
            for (int o = previous[current]; o > bottoms[kind]; o = previous[o])
            {
                Delimiter opener = delimiters[o];
                if (opener.Char == closer.Char && opener.CanOpen
                    && (!(closer.CanOpen || opener.CanClose) || (opener.Length + closer.Length) % 3 != 0 || (opener.Length % 3 == 0 && closer.Length % 3 == 0)))
                {
                    found = o;
                    break;
                }
            }

            if (found < 0)
            {
                bottoms[kind] = previous[current];
                int after = next[current];
                if (!closer.CanOpen)
                {
                    Remove(current);
                }

                current = after;
                continue;
            }

            Delimiter match = delimiters[found];
            int use = match.Left >= 2 && closer.Left >= 2 ? 2 : 1;
            match.FromRight += use;
            closer.FromLeft += use;

            // The delimiters between them are text now.
            for (int o = next[found]; o != current; o = next[o])
            {
                Remove(o);
            }

            if (match.Left == 0)
            {
                Remove(found);
            }

            if (closer.Left == 0)
            {
                int after = next[current];
                Remove(current);
                current = after;
            }
        }

        var printed = new StringBuilder(sb.Length);
        int from = 0;
        foreach (Delimiter d in delimiters)
        {
            // The text before the run, then what is left of the run: its characters less those taken at either end.
            printed.Append(sb, from, d.Start - from).Append(d.Char, d.Left);
            from = d.Start + d.Length;
        }

        return printed.Append(sb, from, sb.Length - from).ToString();
    }

    /// <summary>
    /// The cells of a pipe row, each without the spaces and tabs around it: an unescaped <c>|</c> separates two cells; a
    /// backslash keeps the character after it in the cell (<c>\|</c> is a pipe, decoded with the rest of the cell's
    /// escapes). A row that does not start with <c>|</c> (a GFM table's may not) starts with a cell. Columns are 0-based,
    /// where the cell starts after its <c>|</c>.
    /// </summary>
    public static IReadOnlyList<(int Column, string Text)> SplitPipes(string line)
    {
        int first = line.AsSpan().TrimStart(" \t") is ['|', ..] ? line.IndexOf('|', StringComparison.Ordinal) : -1;
        var cells = new List<(int, string)>(line.AsSpan().Count('|') + 1);
        int cellStart = first + 1;
        bool closed = false;
        for (int i = first + 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add((cellStart, Cell(line, cellStart, i)));
                cellStart = i + 1;
                closed = line.AsSpan(i + 1).Trim().IsEmpty;
            }
        }

        if (!closed)
        {
            cells.Add((cellStart, Cell(line, cellStart, line.Length)));
        }

        return cells;

        static string Cell(string line, int start, int end) => line.AsSpan(start, end - start).Trim(" \t").ToString();
    }

    /// <summary>Whether a line holds a <c>|</c> that no backslash escapes: a cell's edge in a table's row.</summary>
    public static bool HasPipe(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A character reference starting at <paramref name="at"/>, or empty: as CommonMark has it, <c>&amp;</c> then an entity's
    /// name (<c>&amp;amp;</c>), <c>#</c> and 1 to 7 digits (<c>&amp;#32;</c>) or <c>#x</c> and 1 to 6 hexadecimal digits
    /// (<c>&amp;#x1F642;</c>), then <c>;</c>, and one that <see cref="WebUtility.HtmlDecode(string)"/> decodes.
    /// </summary>
    private static string Reference(string text, int at)
    {
        // Where the reference would end: CommonMark's bounds on its length; whether what lies between is a name or digits
        // that HTML knows is the decoder's to say (it leaves anything else as it is, an empty name or number included).
        int i = at + 1;
        int longest = 31; // the longest name HTML has (CounterClockwiseContourIntegral)
        if (i < text.Length && text[i] == '#')
        {
            i++;
            longest = 7;
            if (i < text.Length && text[i] is 'x' or 'X')
            {
                i++;
                longest = 6;
            }
        }

        int from = i;
        while (i < text.Length && i - from < longest && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != ';')
        {
            return string.Empty;
        }

        string candidate = text[at..(i + 1)];
        return WebUtility.HtmlDecode(candidate) == candidate ? string.Empty : candidate;
    }

    /// <summary>The length of a <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c> tag at <paramref name="at"/>, or 0.</summary>
    private static int LineBreakTag(string text, int at)
    {
        foreach (string tag in (ReadOnlySpan<string>)["<br>", "<br/>", "<br />"])
        {
            if (text.Length - at >= tag.Length && text.AsSpan(at, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return tag.Length;
            }
        }

        return 0;
    }

    /// <summary>Appends a YAML double-quoted string (front matter's <c>title:</c>): <c>\</c>, <c>"</c> and control characters escaped.</summary>
    public static void AppendYamlString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    /// <summary>
    /// The <c>title:</c> of a YAML front matter block (between <c>---</c> lines at the very start, closed within the text's
    /// first 200 lines), as a plain, single- or double-quoted scalar; the lines the block takes (0 when there is none); and
    /// where the text after it starts (0 when there is none; past the end when the block closes on the text's last line).
    /// Reads the lines in place: nothing of the text after them is copied.
    /// </summary>
    public static (string? Title, int Lines, int Next) FrontMatter(string text)
    {
        string? title = null;
        int start = 0;
        for (int i = 0; i < 200 && start <= text.Length; i++)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            ReadOnlySpan<char> line = text.AsSpan(start, end - start).TrimEnd();
            start = end + 1;
            if (i == 0)
            {
                if (!line.SequenceEqual("---"))
                {
                    return (null, 0, 0);
                }
            }
            else if (line is "---" or "...")
            {
                return (title, i + 1, start);
            }
            else if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                title = YamlScalar(line["title:".Length..].Trim().ToString());
            }
        }

        return (null, 0, 0);
    }

    private static string YamlScalar(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("\'\'", "\'", StringComparison.Ordinal) : value;
        }

        var sb = new StringBuilder(value.Length);
        for (int i = 1; i < value.Length - 1; i++)
        {
            if (value[i] != '\\' || i + 1 >= value.Length - 1)
            {
                sb.Append(value[i]);
                continue;
            }

            char e = value[++i];
            if (e == 'u' && i + 4 < value.Length - 1 && int.TryParse(value.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code))
            {
                sb.Append((char)code);
                i += 4;
                continue;
            }

            sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
        }

        return sb.ToString();
    }
}
