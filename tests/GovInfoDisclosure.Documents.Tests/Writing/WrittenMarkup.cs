using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Documents.Tests.Writing;

/// <summary>
/// What the HTML writers' markup must be beyond what a forgiving parser reads back: every element closed by its own end
/// tag, and the tables exactly as <see cref="PrintedLayout"/> prints them (the checks the report page and the
/// validation page share).
/// </summary>
public static partial class WrittenMarkup
{
    /// <summary>The elements that have no end tag.</summary>
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>
    /// Checks that every element the markup opens is closed by its own end tag, innermost first, and that nothing is
    /// closed that was not opened. A browser repairs a missing <c>&lt;/td&gt;</c> or <c>&lt;/p&gt;</c> silently (so a
    /// test that parses the page does not see it); a site that embeds the fragment, or a tool that reads the page as
    /// XML-like markup, may not. The writers escape <c>&lt;</c> and <c>&gt;</c> in all text and attribute values, so
    /// every <c>&lt;</c> outside <c>&lt;style&gt;</c>, <c>&lt;script&gt;</c> and <c>&lt;title&gt;</c> starts a tag.
    /// </summary>
    public static void AssertEveryElementClosed(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(RawText().Replace(html, "<$1>…</$1>")))
        {
            string name = tag.Groups[2].Value;
            if (tag.Groups[1].Value.Length == 0)
            {
                if (!Void.Contains(name))
                {
                    open.Push(name);
                }

                continue;
            }

            Assert.True(open.Count > 0, $"</{name}> at offset {tag.Index} closes nothing");
            Assert.True(open.Peek() == name, $"</{name}> at offset {tag.Index} closes <{open.Peek()}>");
            open.Pop();
        }

        Assert.True(open.Count == 0, $"not closed: <{string.Join(">, <", open)}>");
    }

    /// <summary>
    /// Checks the tables under <paramref name="root"/> against the edition's printed layout: each after its section's
    /// heading (id <paramref name="idPrefix"/> + the section's key), the rows before the first row label or value in
    /// <c>&lt;thead&gt;</c>, every cell's tag, label and spans (written only where a cell spans several rows or
    /// columns), and a label's <c>scope</c> (a column label <c>col</c>, or <c>colgroup</c> over several columns; a row
    /// label <c>row</c>, or <c>rowgroup</c> over several rows; a block's title <c>colgroup</c>; a note none, but the
    /// class <c>gid-note</c>).
    /// </summary>
    public static void AssertTablesAsPrinted(IElement root, ReportEdition edition, string idPrefix)
    {
        var tables = root.QuerySelectorAll("table.gid-table").Cast<IHtmlTableElement>().ToList();
        PrintedTable[] printed = [.. PrintedLayout.Tables(edition)];
        Assert.Equal(printed.Length, tables.Count);
        for (int t = 0; t < printed.Length; t++)
        {
            IHtmlTableElement table = tables[t];
            string key = printed[t].Section.JsonKey;
            IElement heading = table.ParentElement!.PreviousElementSibling!;
            Assert.Equal(("h2", idPrefix + key, key), (heading.LocalName, heading.Id, heading.GetAttribute("data-section")));
            Assert.Equal(printed[t].Section.LabelZh, heading.TextContent);
            Assert.Equal(key, table.GetAttribute("data-table"));
            Assert.Equal("--gid-columns:" + printed[t].ColumnCount, table.GetAttribute("style"));

            int headRows = printed[t].Rows.TakeWhile(row => !row.Any(c => c.Kind is PrintedCellKind.Value or PrintedCellKind.RowHeader)).Count();
            Assert.Equal(headRows, table.Head?.Rows.Length ?? 0);
            Assert.Equal(printed[t].RowCount - headRows, Assert.Single(table.Bodies).Rows.Length);
            Assert.Equal(printed[t].RowCount, table.Rows.Length);
            for (int r = 0; r < printed[t].RowCount; r++)
            {
                var cells = table.Rows[r].Cells.ToList();
                Assert.Equal(printed[t].Rows[r].Length, cells.Count);
                for (int k = 0; k < cells.Count; k++)
                {
                    PrintedCell cell = printed[t].Rows[r][k];
                    IHtmlTableCellElement written = cells[k];
                    string where = $"{key} row {r} cell {k}";
                    Assert.True((cell.RowSpan, cell.ColumnSpan) == (written.RowSpan, written.ColumnSpan), $"{where}: spans");
                    Assert.True(
                        (cell.RowSpan > 1, cell.ColumnSpan > 1) == (written.HasAttribute("rowspan"), written.HasAttribute("colspan")),
                        $"{where}: a span written where the cell spans nothing");
                    if (cell.Kind == PrintedCellKind.Value)
                    {
                        Assert.Equal("TD", written.TagName);
                        Assert.Equal(PrintedLayout.CellPointer(edition, cell.CellIndex), written.GetAttribute("data-pointer"));
                        continue;
                    }

                    Assert.Equal("TH", written.TagName);
                    Assert.True(cell.Text == written.TextContent, $"{where}: {written.TextContent}");
                    string? scope = cell.Kind switch
                    {
                        PrintedCellKind.BlockTitle => "colgroup",
                        PrintedCellKind.ColumnHeader => cell.ColumnSpan > 1 ? "colgroup" : "col",
                        PrintedCellKind.RowHeader => cell.RowSpan > 1 ? "rowgroup" : "row",
                        _ => null,
                    };
                    Assert.True(scope == written.GetAttribute("scope"), $"{where}: scope {written.GetAttribute("scope")}");
                    Assert.True((scope is null) == written.ClassList.Contains("gid-note"), $"{where}: class {written.ClassName}");
                }
            }
        }
    }

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    /// <summary>The elements whose content is text, not markup: their content replaced, their tags kept.</summary>
    [GeneratedRegex("<(style|script|title)>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex RawText();
}
