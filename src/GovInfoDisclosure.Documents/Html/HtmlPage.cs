using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Html;

/// <summary>One parsed page being read: its chrome removed, its article found, its blocks collected.</summary>
internal sealed partial class HtmlPage
{
    /// <summary>
    /// Elements that are never read: what a browser does not show as text, the page's chrome, and text a tracked change
    /// deleted (<c>del</c>, as Word saves its revisions as a page: read as with them accepted).
    /// </summary>
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg", "math",
        "nav", "footer", "aside", "button", "select", "textarea", "input", "canvas", "audio", "video", "map", "dialog", "del");


    /// <summary>ARIA roles of page chrome.</summary>
    private static readonly FrozenSet<string> ChromeRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "navigation", "banner", "contentinfo", "search", "complementary");

    /// <summary>Class or id words of the chrome that sites put inside the article's container (share buttons, QR codes, breadcrumbs).</summary>
    private static readonly FrozenSet<string> ChromeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "share", "bdsharebuttonbox", "breadcrumb", "crumbs", "qrcode", "print");

    /// <summary>What separates the words of a class attribute (HTML's ASCII white space).</summary>
    private static readonly SearchValues<char> AsciiWhiteSpace = SearchValues.Create(" \t\n\f\r");

    /// <summary>Elements that start a new line of text (a paragraph, or a line inside a cell).</summary>
    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section",
        "article", "main", "pre", "address", "center", "hr", "figure", "figcaption", "fieldset", "details", "summary",
        "caption", "tr", "td", "th", "tbody", "thead", "tfoot", "body", "html", "table", "legend", "hgroup");

    /// <summary>Elements a page's text is paragraphs of, for finding the article.</summary>
    private static readonly FrozenSet<string> ParagraphElements = FrozenSet.Create(
        StringComparer.Ordinal, "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "blockquote", "dt", "dd", "address");

    /// <summary>Elements whose text beginning with a section's numeral (一、 …) makes them a section's heading in the article search.</summary>
    private static readonly FrozenSet<string> HeadingBlocks = FrozenSet.Create(
        StringComparer.Ordinal, "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "td", "strong", "b", "span");

    private readonly IHtmlDocument _document;
    private readonly string? _file;
    private readonly int _maxDepth;
    private readonly BlockList _blocks;
    private readonly StringBuilder _text = new();

    /// <summary>The elements whose own <c>style</c> keeps white space (found with the chrome, in the same pass); mostly none.</summary>
    private readonly HashSet<IElement> _whiteSpaceKept = [];

    /// <summary>
    /// The elements that name their font (in their own <c>style</c>, or a <c>font</c> element's <c>face</c>), each with the
    /// characters it draws where it is a picture font (<see cref="PictureFonts.Table"/>), else null; found with the chrome,
    /// in the same pass. Looked up only where some element names a picture font (<see cref="_namesPictureFont"/>): mostly none.
    /// </summary>
    private readonly Dictionary<IElement, string[]?> _fonts = [];
    private bool _namesPictureFont;

    /// <summary>
    /// The <c>header</c> elements: those outside any sectioning element left out of the article search, then each removed or
    /// kept (<see cref="RemoveBannersAndForms"/>).
    /// </summary>
    private readonly HashSet<IElement> _banners = [];

    /// <summary>The forms: read while the article is looked for, then removed unless they hold it.</summary>
    private readonly List<IElement> _forms = [];
    private SourceLocation? _paragraphStart;

    internal HtmlPage(IHtmlDocument document, string? file, ImportOptions options, int maxDepth)
    {
        _document = document;
        _file = file;
        _maxDepth = maxDepth;
        _blocks = new BlockList(file, options);
    }

    internal SourceDocument Read()
    {
        RemoveChrome();
        IElement article = FindArticle();
        RemoveBannersAndForms(article);
        (string? date, SourceLocation? dateLocation) = FindPageDate(article);
        if (FindArticleTitle(article) is { } title)
        {
            _blocks.AddParagraph(InlineText(title), LocationOf(title), IsHeading(title.LocalName));
        }

        WalkBlock(article);
        Flush(false);
        string? pageTitle = _document.QuerySelector("title") is { } t ? CellText.Clean(OneLine(t.TextContent)) : null;
        return new SourceDocument(_file, _blocks.Blocks)
        {
            PageTitle = string.IsNullOrEmpty(pageTitle) ? null : pageTitle,
            PageDate = date,
            PageDateLocation = dateLocation,
        };
    }

    /// <summary>
    /// Checks the page's depth and removes its chrome (<see cref="IsChrome"/>), noting on the way the headers, the forms
    /// and the elements styled to keep white space: one walk over the elements in document order (every element, those
    /// inside chrome too, checked for depth before anything is removed), then the chrome removed.
    /// </summary>
    private void RemoveChrome()
    {
        var chrome = new List<IElement>();
        Survey(_document.DocumentElement, 1, _document.Body, chrome);
        foreach (IElement e in chrome)
        {
            e.Remove();
        }
    }

    /// <summary>One element of <see cref="RemoveChrome"/>'s walk and those inside it (by index: no collection made for each).</summary>
    private void Survey(IElement element, int depth, IElement? body, List<IElement> chrome)
    {
        if (depth > _maxDepth)
        {
            throw new DocumentReadException(
                $"The page's elements are nested deeper than {_maxDepth:N0} levels (ImportOptions.MaxDepth).", _file, LocationOf(element));
        }

        // The root and the body hold the whole page: a role, class or hidden marker on them (found by fuzzing: <html
        // role="navigation">) does not make the page chrome, and removing them would leave no document at all.
        var marks = ChromeMarks.Of(element);
        if (depth > 1 && element != body && IsChrome(element, marks))
        {
            chrome.Add(element);
        }
        else
        {
            if (element.LocalName == "header")
            {
                _banners.Add(element);
            }
            else if (element.LocalName == "form")
            {
                _forms.Add(element);
            }

            if (marks.Style is { } style && WhiteSpaceKept().IsMatch(style))
            {
                _whiteSpaceKept.Add(element);
            }

            if (FontNamed(element, marks.Style) is { } font)
            {
                string[]? drawn = PictureFonts.Table(font);
                _fonts[element] = drawn;
                _namesPictureFont |= drawn is not null;
            }
        }

        foreach (IElement child in new ChildElements(element))
        {
            Survey(child, depth + 1, body, chrome);
        }
    }

    /// <summary>Whether an element is the page's chrome: never read, hidden, or marked by its role, class or id.</summary>
    /// <param name="e">The element.</param>
    /// <param name="marks">Its attributes that say so.</param>
    private static bool IsChrome(IElement e, ChromeMarks marks)
    {
        if (Skipped.Contains(e.LocalName) || marks.Hidden)
        {
            return true;
        }

        if (marks.Role is { } role && ChromeRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (marks.Style is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        // The class attribute's words as ClassList splits them (ASCII white space), without a string or a list each.
        for (ReadOnlySpan<char> rest = marks.Class; rest.IndexOfAnyExcept(AsciiWhiteSpace) is int start and >= 0;)
        {
            rest = rest[start..];
            int end = rest.IndexOfAny(AsciiWhiteSpace);
            ReadOnlySpan<char> word = end < 0 ? rest : rest[..end];
            foreach (string chrome in ChromeWords.Items)
            {
                if (word.Equals(chrome, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            rest = end < 0 ? [] : rest[end..];
        }

        return marks.Id is { } id && ChromeWords.Contains(id);
    }

    /// <summary>
    /// An element's attributes that make it chrome or keep its white space, each the first of its name as
    /// <c>GetAttribute</c> finds it (the parser keeps one attribute a name), read in one pass over its attributes rather
    /// than a look-up each (which lower-cases the name asked for and searches the attributes again).
    /// </summary>
    private readonly record struct ChromeMarks(bool Hidden, string? Role, string? Style, string? Class, string? Id)
    {
        internal static ChromeMarks Of(IElement element)
        {
            var marks = default(ChromeMarks);
            INamedNodeMap attributes = element.Attributes;
            for (int i = 0; i < attributes.Length; i++)
            {
                IAttr attribute = attributes[i]!; // within Length: never null
                marks = attribute.Name switch
                {
                    "hidden" => marks with { Hidden = true },
                    "role" => marks with { Role = marks.Role ?? attribute.Value },
                    "style" => marks with { Style = marks.Style ?? attribute.Value },
                    "class" => marks with { Class = marks.Class ?? attribute.Value },
                    "id" => marks with { Id = marks.Id ?? attribute.Value },
                    _ => marks,
                };
            }

            return marks;
        }
    }

    /// <summary>
    /// Removes the page's banners (<see cref="_banners"/>) but the headers that are the report's: one in the article (its
    /// title, a section's heading); one inside a sectioning element (<c>article</c>, <c>section</c>, <c>main</c>: that
    /// section's, as HTML-AAM maps only a header scoped to the body to <c>banner</c>) where the article is the whole body;
    /// and one beside the article (in the article's parent, not a child of the body) that holds a title (报告 or 年报 in
    /// its text outside links, or in a heading element): a site's banner beside the article (its name, a menu, today's
    /// date) is removed, so that neither its heading nor its date is taken for the report's. Then the forms that neither
    /// are the article nor hold it (a search or comment box inside it), which were read as any element while the article
    /// was looked for: a form holding the article is the page's wrapper (ASP.NET puts every page in one).
    /// </summary>
    private void RemoveBannersAndForms(IElement article)
    {
        IElement body = _document.Body ?? _document.DocumentElement;
        bool whole = article == body;
        IElement? near = whole ? null : article.ParentElement;
        foreach (IElement e in _banners)
        {
            bool own = whole
                ? InSection(e)
                : article.Contains(e) || (e.ParentElement != body && near is not null && near.Contains(e) && HoldsTitle(e));
            if (!own)
            {
                e.Remove();
            }
        }

        foreach (IElement form in _forms)
        {
            if (form != article && !form.Contains(article))
            {
                form.Remove();
            }
        }
    }

    /// <summary>
    /// Whether an element holds a report's title: 报告 or 年报 in its text outside links (a banner's menu may link to one),
    /// or in a heading element (a CMS may link the title itself).
    /// </summary>
    private static bool HoldsTitle(IElement e)
    {
        foreach (IText text in e.GetDescendants().OfType<IText>())
        {
            if ((text.Data.Contains("报告", StringComparison.Ordinal) || text.Data.Contains("年报", StringComparison.Ordinal))
                && (text.ParentElement?.Closest("a") is null || text.ParentElement.Closest("h1,h2,h3,h4,h5,h6") is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an element is inside a sectioning element (<c>article</c>, <c>section</c>, <c>main</c>).</summary>
    private static bool InSection(IElement e) => e.ParentElement?.Closest("article, section, main") is not null;

    /// <summary>
    /// The article: the element whose paragraphs and tables hold the most text, each paragraph counting fully for its
    /// parent and half for its grandparent (so that an article split over two sibling containers goes to their parent);
    /// the text of links does not count.
    /// </summary>
    private IElement FindArticle()
    {
        IElement body = _document.Body ?? _document.DocumentElement;

        // Left out of the search: the page's banners, that is the headers HTML-AAM maps to the banner role (not inside an
        // article, section or main). A section's own header (<section><header><h2>一、总体情况</h2></header>) holds its
        // heading, a landmark of the search.
        HashSet<IElement> banners = _banners.Count == 0 ? _banners : [.. _banners.Where(b => !InSection(b))];
        var scores = new Dictionary<IElement, double>();
        Score(body, scores, banners);
        IElement best = body;
        double bestScore = 0;
        foreach ((IElement e, double score) in scores)
        {
            if (score > bestScore || (score == bestScore && best.Contains(e) && best != e))
            {
                best = e;
                bestScore = score;
            }
        }

        // The report's six sections are its landmarks: where the text-richest element holds fewer of them than an
        // enclosing one (a page that puts each section in an element of its own, as our writer and many CMSs do, and one
        // section outweighs the rest), the article is the smallest enclosing element that holds the most.
        Dictionary<IElement, int> headings = SectionHeadings(body, banners);
        int sections = System.Numerics.BitOperations.PopCount((uint)headings.GetValueOrDefault(best));
        for (IElement? parent = best.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            int more = System.Numerics.BitOperations.PopCount((uint)headings.GetValueOrDefault(parent));
            if (more > sections)
            {
                best = parent;
                sections = more;
            }
        }

        // A second report beside the article (two bodies' reports on one page, each in a container of its own): the
        // article is the element holding both, so that the layout reader reads the first and says the second (GID526)
        // rather than the page's longer report read alone without a word.
        for (IElement? parent = best.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            foreach (IElement other in new ChildElements(parent))
            {
                if (!other.Contains(best) && IsReport(other, headings))
                {
                    best = parent;
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether an element holds a report of its own: most of the six sections' headings and section 三's table, a table
    /// printing the template's first row of it (本年新收…, white space aside). A site's column of its disclosure guide (its
    /// parts numbered 一、 to 四、, a table of contacts) or a summary of last year's report (a table of a few figures) is none.
    /// </summary>
    private static bool IsReport(IElement element, Dictionary<IElement, int> headings) =>
        System.Numerics.BitOperations.PopCount((uint)headings.GetValueOrDefault(element)) >= MinSectionsOfAReport
        && element.QuerySelectorAll("table").Any(t => string.Concat(t.TextContent.Where(c => !char.IsWhiteSpace(c))).Contains(ApplicationsFirstRow, StringComparison.Ordinal));

    /// <summary>The words of section 三's first row, in both editions (一、本年新收政府信息公开申请数量).</summary>
    private const string ApplicationsFirstRow = "本年新收";

    /// <summary>How many of the six section headings an element beside the article holds to be taken for a second report (4).</summary>
    private const int MinSectionsOfAReport = 4;

    /// <summary>
    /// The first two characters of an element's text that are not white space, read from its first text nodes only (not
    /// <c>TextContent</c>, which would build the text of every nested block again), in document order, the text of a banner
    /// left out of the search passed over (<see cref="IsBannerText"/>: a banner first in the page's wrapper does not begin
    /// the wrapper); '\0' for none.
    /// </summary>
    private static (char First, char Second) LeadingCharacters(IElement element, HashSet<IElement> leftOut)
    {
        char first = '\0';
        char second = '\0';
        Leading(element, leftOut, ref first, ref second);
        return (first, second);
    }

    /// <summary>Reads <see cref="LeadingCharacters"/> from a node's descendants until both are found (then true).</summary>
    private static bool Leading(INode node, HashSet<IElement> leftOut, ref char first, ref char second)
    {
        INodeList children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            INode child = children[i];
            if (child is IText text)
            {
                foreach (char c in text.Data)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        continue;
                    }

                    if (first == '\0')
                    {
                        first = c;
                    }
                    else
                    {
                        second = c;
                        return true;
                    }
                }
            }
            else if (child.HasChildNodes && !(child is IElement e && IsBannerText(e, leftOut)) && Leading(child, leftOut, ref first, ref second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element is left out of the heading search and prints no heading element (a banner's menu line
    /// <c>二、办事服务</c>), so that a block it begins does not begin with its text; a left-out <c>header</c> holding an
    /// <c>h2</c> (a section's heading so marked up) still begins the block it is in.
    /// </summary>
    private static bool IsBannerText(IElement element, HashSet<IElement> leftOut) =>
        leftOut.Contains(element) && element.QuerySelector("h1, h2, h3, h4, h5, h6") is null;

    /// <summary>How the catalogue's six section headings begin (<c>一、</c> … <c>六、</c>): their numeral and its separator.</summary>
    private static readonly (char Numeral, char Separator)[] SectionNumerals =
        [.. Core.Format.ReportFormat.Sections.Select(s => (s.LabelZh[0], s.LabelZh[1]))];

    /// <summary>
    /// For every element that holds a block beginning with a section heading 一、 to 六、, which of the six it holds (bit
    /// 0 for 一): one walk over the page's elements, each heading's bit given to its ancestors.
    /// </summary>
    private static Dictionary<IElement, int> SectionHeadings(IElement root, HashSet<IElement> leftOut)
    {
        var held = new Dictionary<IElement, int>();
        FindHeadings(root, root, new HeadingSearch(leftOut, held, new RowLabels()));
        return held;
    }

    /// <summary>What <see cref="SectionHeadings"/>' walk carries: the elements left out, the headings held so far, the row labels' cache.</summary>
    private readonly record struct HeadingSearch(HashSet<IElement> LeftOut, Dictionary<IElement, int> Held, RowLabels RowLabels)
    {
        internal bool IsLeftOut(IElement element, bool orItself) =>
            LeftOut.Count > 0 && ((orItself && LeftOut.Contains(element)) || element.Ancestors<IElement>().Any(LeftOut.Contains));
    }

    /// <summary>
    /// One element of <see cref="SectionHeadings"/>' walk and those inside it. A block (below the root) whose text begins
    /// with a heading is held by its parent. A heading printed as a line of an element's own text (an old CMS's article of
    /// lines: <c>…&lt;br&gt;一、总体情况&lt;br&gt;</c>, or text after a table in a div left unclosed) is held by that element; not a
    /// link's or a list item's (a site's menu numbered 一、二、…). A line begins where nothing but white space or comments
    /// is before it in the element, or after a line break or a block element: one pass over the element's children, by
    /// index (a node's previous sibling is looked up by its index in AngleSharp: asking it of each of many lines was
    /// quadratic).
    /// </summary>
    private static void FindHeadings(IElement element, IElement root, HeadingSearch search)
    {
        if (element != root && HeadingBlocks.Contains(element.LocalName))
        {
            (char first, char second) = LeadingCharacters(element, search.LeftOut);
            int numeral = HeadingNumeral(first, second);
            if (numeral >= 0 && !search.IsLeftOut(element, orItself: false) && !search.RowLabels.IsRowLabel(element))
            {
                Hold(search.Held, element.ParentElement, numeral);
            }
        }

        bool lineStart = true;
        INodeList children = element.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                case IComment:
                    break;
                case IText text:
                    if (lineStart)
                    {
                        ReadOnlySpan<char> start = text.Data.AsSpan().TrimStart();
                        int numeral = start.Length >= 2 ? HeadingNumeral(start[0], start[1]) : -1;
                        if (numeral >= 0 && Closest(element, "a", "li") is null && !search.RowLabels.IsRowLabel(element)
                            && !search.IsLeftOut(element, orItself: true))
                        {
                            Hold(search.Held, element, numeral);
                        }
                    }

                    lineStart = false;
                    break;
                case IElement child:
                    lineStart = child.LocalName == "br" || BlockElements.Contains(child.LocalName);
                    FindHeadings(child, root, search);
                    break;
                default:
                    lineStart = false;
                    break;
            }
        }
    }

    /// <summary>
    /// Which table cells are a data row's label (section 三's <c>一、本年新收…</c>, <c>三、本年度办理结果</c>, printed beside its
    /// numbers), whose heading-like text is no landmark of the article: a cell in a row whose cells are all short (at most
    /// <see cref="MaxRowLabelLength"/> characters: labels and numbers) and another of which prints a digit. A section's
    /// heading printed in a table is a row of its own (a merged row over the section's table), or beside the section's
    /// narrative or table in a layout table's cell, which is long. Each row's cells are looked at once, however many of
    /// its cells hold heading-like text.
    /// </summary>
    private sealed class RowLabels
    {
        private readonly Dictionary<IElement, (int DigitCells, bool AllShort)> _rows = [];
        private readonly HashSet<IElement> _digitCells = [];

        internal bool IsRowLabel(IElement element)
        {
            if (Closest(element, "td", "th") is not { ParentElement: { } row } cell)
            {
                return false;
            }

            if (!_rows.TryGetValue(row, out (int DigitCells, bool AllShort) cells))
            {
                cells = (0, true);
                foreach (IElement other in new ChildElements(row))
                {
                    if (other.LocalName is "td" or "th")
                    {
                        ReadOnlySpan<char> text = other.TextContent.AsSpan().Trim();
                        if (text.IndexOfAnyInRange('0', '9') >= 0)
                        {
                            cells.DigitCells++;
                            _digitCells.Add(other);
                        }

                        cells.AllShort &= text.Length <= MaxRowLabelLength;
                    }
                }

                _rows[row] = cells;
            }

            return cells.AllShort && cells.DigitCells - (_digitCells.Contains(cell) ? 1 : 0) > 0;
        }
    }

    /// <summary>The element or its nearest enclosing element named either name (no selector parsed: asked of many lines).</summary>
    private static IElement? Closest(IElement element, string name, string otherName)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == name || e.LocalName == otherName)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The longest text of a table cell taken for a data row's label (40): the template's labels that begin as a section's
    /// heading does (一、本年新收政府信息公开申请数量 and its siblings) have at most 16 characters.
    /// </summary>
    private const int MaxRowLabelLength = 40;

    /// <summary>Gives a section heading's bit to an element and the elements enclosing it.</summary>
    private static void Hold(Dictionary<IElement, int> held, IElement? holder, int numeral)
    {
        for (IElement? e = holder; e is not null; e = e.ParentElement)
        {
            held[e] = held.GetValueOrDefault(e) | (1 << numeral);
        }
    }

    /// <summary>The section (0 for 一) whose numeral and separator a text's first two characters are; −1 for none.</summary>
    private static int HeadingNumeral(char first, char second) =>
        second == SectionNumerals[0].Separator ? Array.FindIndex(SectionNumerals, n => n.Numeral == first) : -1;

    private static void Score(IElement element, Dictionary<IElement, double> scores, HashSet<IElement> leftOut)
    {
        foreach (IElement child in new ChildElements(element))
        {
            if (leftOut.Contains(child))
            {
                continue;
            }

            string name = child.LocalName;
            bool paragraph = ParagraphElements.Contains(name)
                || (name == "table" && !IsLayoutTable(child))
                || (name == "div" && !HasBlockChild(child));
            if (!paragraph)
            {
                Score(child, scores, leftOut);
                continue;
            }

            // Text in links is the page's navigation, not the article's (a long list of links in a plain div).
            int length = TextLengthOutsideLinks(child, 0);

            if (length <= 0)
            {
                continue;
            }

            Add(scores, element, length);
            if (element.ParentElement is { } grandparent)
            {
                Add(scores, grandparent, length / 2.0);
            }
        }
    }

    /// <summary>
    /// The characters other than white space of an element's text less those of each link inside it (a link's text taken
    /// off once for every link it is inside of, as nested links each subtract their text), counted from its text nodes
    /// without building its text.
    /// </summary>
    /// <param name="element">The element.</param>
    /// <param name="links">How many links inside the element being scored enclose this one (the scored element not counted).</param>
    private static int TextLengthOutsideLinks(IElement element, int links)
    {
        int length = 0;
        INodeList children = element.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text:
                    length += TextLength(text.Data) * (1 - links);
                    break;
                case IElement inner:
                    length += TextLengthOutsideLinks(inner, inner.LocalName == "a" ? links + 1 : links);
                    break;
            }
        }

        return length;
    }

    private static void Add(Dictionary<IElement, double> scores, IElement e, double score) =>
        scores[e] = scores.GetValueOrDefault(e) + score;

    private static bool HasBlockChild(IElement e)
    {
        foreach (IElement child in new ChildElements(e))
        {
            if (BlockElements.Contains(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static int TextLength(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// A table used for layout (one holding a table that is not a cell's value, <see cref="IsValueTable"/>): its cells are
    /// read as containers, not as a table.
    /// </summary>
    private static bool IsLayoutTable(IElement table)
    {
        // Walked lazily: the first table that is not a value ends the walk (a layout's first inner table mostly).
        foreach (INode node in table.GetDescendants())
        {
            if (node is IElement { LocalName: "table" } inner && !IsValueTable(inner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a table inside a table's cell is the cell's value (<see cref="CellText.MaxValueTableCells"/>): all its cell
    /// holds (nothing else but white space), at most that many cells, no table in it, and its cell one of several (a table
    /// of one cell wraps what it holds). Its text is the cell's.
    /// </summary>
    private static bool IsValueTable(IElement inner)
    {
        if (inner.ParentElement is not { LocalName: "td" or "th" } cell || inner.QuerySelector("table") is not null
            || cell.ParentElement is not { } row || (row.ChildElementCount == 1 && row.PreviousElementSibling is null && row.NextElementSibling is null))
        {
            // Not in a cell, holding a table, or in a table of one cell (which wraps what it holds: layout).
            return false;
        }

        foreach (INode node in cell.ChildNodes)
        {
            if (node != inner && (node is IElement || (node is IText text && TextLength(text.Data) > 0)))
            {
                return false;
            }
        }

        int cells = 0;
        foreach (INode node in inner.GetDescendants())
        {
            if (node is IElement { LocalName: "td" or "th" } && ++cells > CellText.MaxValueTableCells)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The article's title where sites print it apart from the article's body: the nearest heading (<c>h1</c>–<c>h3</c>) or
    /// element whose class or id names a title, before the article in one of its enclosing containers.
    /// </summary>
    private static IElement? FindArticleTitle(IElement article)
    {
        IElement child = article;
        for (IElement? container = article.ParentElement; container is not null; child = container, container = container.ParentElement)
        {
            if (container.LocalName is "body" or "html")
            {
                return null;
            }

            for (IElement? sibling = child.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                IElement? title = IsTitle(sibling) ? sibling : sibling.QuerySelector("h1, h2, h3, [class*=title], [id*=title]");
                if (title is not null && TextLength(title.TextContent) is > 0 and <= 200)
                {
                    return title;
                }
            }
        }

        return null;
    }

    private static bool IsTitle(IElement e) =>
        e.LocalName is "h1" or "h2" or "h3"
        || (e.GetAttribute("class") ?? string.Empty).Contains("title", StringComparison.OrdinalIgnoreCase)
        || (e.Id ?? string.Empty).Contains("title", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page's own date: a <c>发布日期：</c>/<c>发布时间：</c>/<c>时间：</c>/<c>日期：</c> line before the article (where
    /// sites print it, in the article's header), else the page's <c>PubDate</c>-like metadata.
    /// </summary>
    private (string? Date, SourceLocation? Location) FindPageDate(IElement article)
    {
        IElement body = _document.Body ?? _document.DocumentElement;
        foreach (IElement e in body.QuerySelectorAll("*"))
        {
            if (e == article)
            {
                break;
            }

            foreach (INode node in e.ChildNodes)
            {
                if (node.NodeType == NodeType.Text && DateLine().Match(node.TextContent) is { Success: true } m)
                {
                    return (m.Groups["date"].Value, LocationOf(e));
                }
            }
        }

        foreach (IElement meta in _document.QuerySelectorAll("meta[name]"))
        {
            string name = meta.GetAttribute("name") ?? string.Empty;
            if (MetaDateNames().IsMatch(name) && meta.GetAttribute("content") is { } content && DateOnly().Match(content) is { Success: true } d)
            {
                return (d.Value, LocationOf(meta));
            }
        }

        return (null, null);
    }

    private void WalkBlock(IElement element)
    {
        // A switch on the node's kind, not `is not IElement child` and `continue`: Stryker's mutant of that condition
        // leaves `child` unassigned, which does not compile and puts the whole method in its safe mode (untested).
        foreach (INode node in element.ChildNodes)
        {
            switch (node)
            {
                case IText text:
                    AppendText(text.Data, element);
                    break;
                case IElement child:
                    WalkElement(child);
                    break;
            }
        }
    }

    /// <summary>One element inside a block: a line break, a table, a heading, a block of its own or inline content.</summary>
    private void WalkElement(IElement element)
    {
        string name = element.LocalName;
        if (name == "br")
        {
            _text.Append('\n');
        }
        else if (name is "sup" or "sub")
        {
            string raised = Raised(element);
            if (_paragraphStart is null && TextLength(raised) > 0)
            {
                _paragraphStart = LocationOf(NearestBlock(element));
            }

            _text.Append(raised);
        }
        else if (name == "table" && !IsLayoutTable(element))
        {
            Flush(false);
            ReadTable(element);
        }
        else if (IsHeading(name))
        {
            Flush(false);
            _text.Append(InlineText(element));
            _paragraphStart = LocationOf(element);
            Flush(true);
        }
        else if (BlockElements.Contains(name))
        {
            Flush(false);
            WalkBlock(element);
            Flush(false);
        }
        else
        {
            WalkBlock(element);
        }
    }

    private void AppendText(string data, IElement container)
    {
        if (_paragraphStart is null && TextLength(data) > 0)
        {
            _paragraphStart = LocationOf(NearestBlock(container));
        }

        _text.Append(Shown(data, container));
    }

    /// <summary>
    /// A text node as the page shows it: white space as written inside an element styled <c>white-space: pre</c>,
    /// <c>pre-wrap</c> or <c>break-spaces</c> (in its own <c>style</c> attribute: no stylesheet is applied), otherwise
    /// source line breaks as spaces (collapsed later).
    /// </summary>
    private string Shown(string data, IElement container)
    {
        string shown = KeepsWhiteSpace(container) ? CellText.Kept(data) : OneLine(data);
        return _namesPictureFont && DrawnBy(container) is { } drawn ? InFont(shown, drawn) : shown;
    }

    /// <summary>
    /// The font an element names for its text: the first family of its <c>style</c>'s <c>font-family</c> or <c>font</c>
    /// declaration that wins (the last, an <c>!important</c> one over any other; Word's pages name their fonts so:
    /// <c>font-family:Wingdings</c>, <c>font:7.0pt "Times New Roman"</c>), else a <c>font</c> element's <c>face</c>; a
    /// name no picture font has (<see cref="UnknownFont"/>) for a shorthand whose family this reader cannot tell; null where
    /// it names none or inherits its parent's (<c>inherit</c>, <c>unset</c>, <c>revert</c>, nothing).
    /// </summary>
    private static string? FontNamed(IElement element, string? style)
    {
        string? family = null;
        bool important = false;
        if (style is not null && style.Contains("font", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in FontDeclaration().Matches(style))
            {
                string value = m.Groups["value"].Value;
                int bang = value.IndexOf('!', StringComparison.Ordinal);
                bool isImportant = bang >= 0 && value.AsSpan(bang + 1).Trim().Equals("important", StringComparison.OrdinalIgnoreCase);
                if (important && !isImportant)
                {
                    continue;
                }

                important = isImportant;
                value = bang >= 0 ? value[..bang] : value;
                family = !m.Groups["shorthand"].Success ? value
                    : ShorthandFamilies().Match(value) is { Success: true } shorthand ? shorthand.Groups["family"].Value
                    : UnknownFont;
            }
        }

        family ??= element.LocalName == "font" ? element.GetAttribute("face") : null;
        string? first = family?.Split(',')[0].Trim();

        // A quoted name as quoted; an unquoted one is its words, any run of white space between them one space (CSS:
        // Wingdings  2, or Wingdings broken over two lines from 2, is Wingdings 2).
        first = first is null || first.StartsWith('"') || first.StartsWith('\'') ? first?.Trim('"', '\'').Trim()
            : string.Join(' ', first.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return first is null || first.Length == 0 || first.ToUpperInvariant() is "INHERIT" or "UNSET" or "REVERT" or "REVERT-LAYER" ? null : first;
    }

    /// <summary>The family of a <c>font</c> shorthand this reader cannot take apart: a font, but none it knows.</summary>
    private const string UnknownFont = "?";

    /// <summary>The characters the font nearest an element (its own or an ancestor's) draws, where it is a picture font.</summary>
    private string[]? DrawnBy(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (_fonts.TryGetValue(e, out string[]? drawn))
            {
                return drawn;
            }
        }

        return null;
    }

    /// <summary>Text in a picture font as the font shows it (<see cref="PictureFonts.Shown"/>).</summary>
    private static string InFont(string text, string[] drawn) => PictureFonts.Shown(text, drawn, static (font, _) => font);

    /// <summary>Whether an element or one of its ancestors is styled to keep white space (on most pages none is).</summary>
    private bool KeepsWhiteSpace(IElement element)
    {
        if (_whiteSpaceKept.Count == 0)
        {
            return false;
        }

        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (_whiteSpaceKept.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    private static IElement NearestBlock(IElement e)
    {
        for (IElement? x = e; x is not null; x = x.ParentElement)
        {
            if (BlockElements.Contains(x.LocalName))
            {
                return x;
            }
        }

        return e;
    }

    private void Flush(bool isHeading)
    {
        string text = CellText.Clean(_text.ToString());
        if (_paragraphStart is { } start)
        {
            _blocks.AddParagraph(text, start, isHeading);
        }

        _text.Clear();
        _paragraphStart = null;
    }

    private void ReadTable(IElement table)
    {
        var rows = new List<List<DocumentCell>>();
        foreach (IElement part in new ChildElements(table))
        {
            if (part.LocalName == "caption")
            {
                _blocks.AddParagraph(InlineText(part), LocationOf(part), false);
            }
            else if (part.LocalName is "thead" or "tbody" or "tfoot")
            {
                // A row is never a table's own child here: the HTML parser puts rows written directly in a table into a
                // tbody, as a browser does.
                foreach (IElement tr in new ChildElements(part))
                {
                    if (tr.LocalName == "tr")
                    {
                        rows.Add(ReadRow(tr));
                    }
                }
            }
        }

        if (rows.Count > 0)
        {
            _blocks.AddTable(rows, LocationOf(table));
        }
    }

    private List<DocumentCell> ReadRow(IElement tr)
    {
        var cells = new List<DocumentCell>();
        foreach (IElement td in new ChildElements(tr))
        {
            if (td.LocalName is "td" or "th")
            {
                cells.Add(new DocumentCell(
                    CellText.Shown(InlineText(td)),
                    LocationOf(td),
                    Span(td.GetAttribute("rowspan"), zeroMeansRest: true),
                    Span(td.GetAttribute("colspan"), zeroMeansRest: false),
                    td.LocalName == "th"));
            }
        }

        _blocks.CountCells(cells.Count, LocationOf(tr));
        return cells;
    }

    /// <summary>
    /// A <c>rowspan</c>/<c>colspan</c> as HTML parses it: leading digits; missing or not a number is 1; <c>rowspan="0"</c>
    /// reaches the last row (the table clamps it); too large for a number counts as the largest (the table clamps it).
    /// </summary>
    private static int Span(string? value, bool zeroMeansRest)
    {
        if (value is null)
        {
            return 1;
        }

        Match m = LeadingDigits().Match(value);
        if (!m.Success)
        {
            return 1;
        }

        int span = int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;
        return span > 0 ? span : zeroMeansRest ? int.MaxValue : 1;
    }

    /// <summary>The text of an element as a reader sees it: blocks and <c>br</c> on lines of their own.</summary>
    private string InlineText(IElement element)
    {
        var sb = new StringBuilder();
        AppendInline(element, sb);
        return CellText.Clean(sb.ToString());
    }

    private void AppendInline(IElement element, StringBuilder sb)
    {
        foreach (INode node in element.ChildNodes)
        {
            if (node is IText text)
            {
                sb.Append(Shown(text.Data, element));
            }
            else if (node is IElement child)
            {
                if (child.LocalName == "br")
                {
                    sb.Append('\n');
                }
                else if (child.LocalName is "sup" or "sub")
                {
                    sb.Append(Raised(child));
                }
                else if (BlockElements.Contains(child.LocalName))
                {
                    sb.Append('\n');
                    AppendInline(child, sb);
                    sb.Append('\n');
                }
                else
                {
                    AppendInline(child, sb);
                }
            }
        }
    }

    /// <summary>
    /// The text of a <c>sup</c> or <c>sub</c> element as it shows, its digits raised or lowered: a footnote mark after a
    /// number (<c>131&lt;sup&gt;1&lt;/sup&gt;</c>, <c>131¹</c>) is no digit of it.
    /// </summary>
    private string Raised(IElement element)
    {
        var sb = new StringBuilder();
        AppendInline(element, sb);
        return CellText.Scripted(sb.ToString(), element.LocalName == "sup");
    }

    /// <summary>Source white space (line breaks in the markup) shown as the space it is.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private SourceLocation LocationOf(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e is AngleSharp.Html.Construction.IConstructableElement { SourceReference: { } source })
            {
                return new SourceLocation { File = _file, Line = source.Position.Line, Column = source.Position.Column };
            }
        }

        return new SourceLocation { File = _file };
    }

    [GeneratedRegex(@"white-space\s*:\s*(pre|pre-wrap|break-spaces)\s*(;|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceKept();

    /// <summary>
    /// A <c>font-family</c> or <c>font</c> declaration and its value: not a property that ends in either (Word's
    /// <c>mso-fareast-font-family</c>).
    /// </summary>
    [GeneratedRegex(@"(?:^|;)\s*(?:font-family|(?<shorthand>font))\s*:(?<value>[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FontDeclaration();

    /// <summary>
    /// A <c>font</c> shorthand's families: after its size, a number with a unit (not a weight such as <c>700</c>) or a
    /// size's keyword (<c>small</c>, <c>x-large</c> …), and its line height; its families may run over lines, as Word
    /// breaks a long <c>style</c> attribute. The number is matched once, not taken apart
    /// again where no unit follows: a style of a million figures would otherwise take hours (each split of the figures
    /// tried at each start).
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?:(?>[+-]?\d*\.?\d+)(?:[a-z]+|%)|xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|smaller|larger)(?:\s*/\s*[^\s]+)?\s+(?<family>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ShorthandFamilies();

    [GeneratedRegex(@"display\s*:\s*none", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?:发布日期|发布时间|发稿时间|时间|日期)\s*[：:]\s*(?<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?)", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:pubdate|publishdate|firstpublishedtime|article:published_time|dcterms\.issued|dc\.date)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaDateNames();

    [GeneratedRegex(@"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDigits();
}
