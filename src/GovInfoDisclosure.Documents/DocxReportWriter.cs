using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using Report = GovInfoDisclosure.Core.AnnualReport;

namespace GovInfoDisclosure.Documents;

/// <summary>
/// Writes a report in the official layout as a Word document (<c>.docx</c>), following the conventions of Chinese official
/// documents (GB/T 9704—2012): A4 with margins of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); the title
/// in 方正小标宋简体 二号 (22 pt) centred; section headings in 黑体 三号 (16 pt); sub-headings in 楷体_GB2312 三号; body text
/// in 仿宋_GB2312 三号 with a fixed line spacing of 28 pt and a two-character first-line indent; the three tables as
/// <see cref="PrintedLayout"/> prints them (<c>gridSpan</c>, <c>vMerge</c>), with fixed layout across the text width and
/// 10 pt text so that section 三's ten columns fit; the agency and date at the end, right-aligned.
/// </summary>
/// <remarks>
/// Paragraphs use the styles <see cref="TitleStyle"/>, <see cref="HeadingStyle"/>, <see cref="SubheadingStyle"/>,
/// <see cref="BodyStyle"/> and <see cref="TableTextStyle"/>, defined in the document, so that a person editing it in
/// Word or WPS finds them by name. A line break inside a paragraph is a line break (<c>&lt;w:br/&gt;</c>), spaces are
/// kept. The document validates against the Open XML schema (Office 2019 profile).
/// </remarks>
public static class DocxReportWriter
{
    /// <summary>The style of the title.</summary>
    public const string TitleStyle = "GidTitle";

    /// <summary>The style of the six section headings.</summary>
    public const string HeadingStyle = "GidHeading";

    /// <summary>The style of a paragraph's sub-heading.</summary>
    public const string SubheadingStyle = "GidSubheading";

    /// <summary>The style of body text (the default paragraph style).</summary>
    public const string BodyStyle = "GidBody";

    /// <summary>The style of the text in table cells.</summary>
    public const string TableTextStyle = "GidTableText";

    /// <summary>A4's width in twentieths of a point.</summary>
    internal const int PageWidth = 11906;

    /// <summary>A4's height in twentieths of a point.</summary>
    internal const int PageHeight = 16838;

    internal const int MarginTop = 2098;     // 37 mm
    internal const int MarginBottom = 1984;  // 35 mm
    internal const int MarginLeft = 1587;    // 28 mm
    internal const int MarginRight = 1474;   // 26 mm

    /// <summary>The width of the text (and of every table): the page less the left and right margins.</summary>
    internal const int TextWidth = PageWidth - MarginLeft - MarginRight;

    internal const string TitleFont = "方正小标宋简体";
    internal const string HeadingFont = "黑体";
    internal const string SubheadingFont = "楷体_GB2312";
    internal const string BodyFont = "仿宋_GB2312";

    /// <summary>Font sizes in half-points: 二号 22 pt, 三号 16 pt, table text 10 pt.</summary>
    internal const int TitleSize = 44;
    internal const int BodySize = 32;
    internal const int TableSize = 20;

    /// <summary>The body's fixed line spacing: 28 pt in twentieths of a point.</summary>
    internal const int BodyLine = 560;

    /// <summary>Stands for a value in a table's skeleton; no label holds it (a private-use character, which XML allows).</summary>
    private const char ValueSlot = '\uE000';

    /// <summary>
    /// Each printed table's XML made once with a <see cref="ValueSlot"/> for every value: the markup between the values
    /// (in the order <see cref="PrintedTable.Cells"/> lists them, which is the order the grid is walked in).
    /// </summary>
    private static readonly Lazy<Dictionary<PrintedTable, (string[] Segments, int[] Cells)>> TableXml = new(() =>
    {
        var skeletons = new Dictionary<PrintedTable, (string[] Segments, int[] Cells)>();
        foreach (ReportEdition edition in Enum.GetValues<ReportEdition>())
        {
            foreach (PrintedTable table in PrintedLayout.Tables(edition))
            {
                string xml = Table(table, PrintedDocument.Grid(table), ColumnWidths(table)).OuterXml;
                skeletons[table] = (xml.Split(ValueSlot), [.. table.Cells.Where(c => c.Kind == PrintedCellKind.Value).Select(c => c.CellIndex)]);
            }
        }

        return skeletons;
    });

    private static readonly Lazy<byte[]> StylesXml = new(() => Encoding.UTF8.GetBytes(Styles().OuterXml));

    private static readonly Lazy<string> SectionXml = new(() => Section().OuterXml);

    /// <summary>Writes the report as a Word document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">
    /// The stream to write the package to: writable (standard output too: a stream that cannot seek or be read is written
    /// the finished package); left open.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The stream is not writable; or the report holds a character a Word document cannot hold (XML 1.0 has no control
    /// character but tab, line feed and carriage return, no U+FFFE or U+FFFF and no lone surrogate), named with its JSON
    /// path: nothing is written then.
    /// </exception>
    public static void Write(Report report, Stream stream)
    {
        Guard.Against.Null(report, nameof(report));
        Guard.Against.Null(stream, nameof(stream));
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        if (Unwritable(report) is { } where)
        {
            throw new ArgumentException($"The report cannot be written as a Word document: {where}, which Word's XML cannot hold.", nameof(report));
        }

        if (stream.CanSeek && stream.CanRead)
        {
            WritePackage(report, stream);
            return;
        }

        // The package is a zip the SDK writes by seeking and reading back: made in memory, then copied.
        using var package = new MemoryStream();
        WritePackage(report, package);
        package.Position = 0;
        package.CopyTo(stream);
    }

    /// <summary>
    /// Where the report holds a character that XML 1.0 cannot hold (<see cref="Write"/> prints every text the report has:
    /// its title, agency and narratives), as its JSON path and the character; null where there is none.
    /// </summary>
    private static string? Unwritable(Report report)
    {
        var texts = new List<(string Path, string? Text)> { (ReportFormat.Title.JsonPointer, report.Title), (ReportFormat.AgencyName.JsonPointer, report.Agency.Name) };
        foreach (FormatEntry section in ReportFormat.Sections)
        {
            Narrative? narrative = PrintedDocument.StoredNarrative(report, section);
            for (int i = 0; narrative is not null && i < narrative.Paragraphs.Length; i++)
            {
                texts.Add(($"{section.JsonPointer}/{i}/heading", narrative.Paragraphs[i].Heading));
                texts.Add(($"{section.JsonPointer}/{i}/text", narrative.Paragraphs[i].Text));
            }
        }

        foreach ((string path, string? text) in texts)
        {
            for (int i = 0; text is not null && i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (!(c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uFFFD' && !char.IsSurrogate(c))))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{path} holds U+{(int)c:X4} at character {i + 1}");
                }
            }
        }

        return null;
    }

    private static void WritePackage(Report report, Stream stream)
    {
        using WordprocessingDocument document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        document.PackageProperties.Title = PrintedDocument.MetadataTitle(report);
        document.PackageProperties.Creator = report.Agency.Name;
        document.PackageProperties.Language = "zh-CN";
        MainDocumentPart main = document.AddMainDocumentPart();
        using (Stream part = main.GetStream(FileMode.Create, FileAccess.Write))
        {
            WriteDocument(report, part);
        }

        using var styles = new MemoryStream(StylesXml.Value, writable: false);
        main.AddNewPart<StyleDefinitionsPart>().FeedData(styles);
    }

    /// <summary>The report as the bytes of a Word document.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The <c>.docx</c> package.</returns>
    public static byte[] ToBytes(Report report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the main part's XML: the paragraphs made by the SDK, each table from its skeleton with the report's values
    /// (a table's markup is the same for every report, so it is made once).
    /// </summary>
    private static void WriteDocument(Report report, Stream part)
    {
        Span<decimal?> values = stackalloc decimal?[PrintedLayout.CellCountOf(report.Edition)];
        PrintedLayout.CellValues(report, values);
        Span<char> text = stackalloc char[40];
        using var w = new StreamWriter(part, new UTF8Encoding(false), 8192);
        w.Write("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        w.Write(TextParagraph(TitleStyle, PrintedDocument.Title(report)).OuterXml);
        foreach (FormatEntry section in ReportFormat.Sections)
        {
            w.Write(TextParagraph(HeadingStyle, section.LabelZh).OuterXml);
            if (PrintedDocument.Table(report.Edition, section) is { } table)
            {
                (string[] segments, int[] cells) = TableXml.Value[table];
                for (int i = 0; i < cells.Length; i++)
                {
                    w.Write(segments[i]);
                    PrintedDocument.TryFormatValue(values[cells[i]], text, out int length);
                    w.Write(text[..length]);
                    w.Write(PrintedDocument.ValueSuffix(report, cells[i]));
                }

                w.Write(segments[^1]);
            }
            else if (PrintedDocument.Narrative(report, section) is { } narrative)
            {
                foreach (Core.Paragraph paragraph in narrative.Paragraphs)
                {
                    if (paragraph.Heading is { } heading)
                    {
                        w.Write(TextParagraph(SubheadingStyle, heading).OuterXml);
                    }

                    w.Write(TextParagraph(BodyStyle, paragraph.Text).OuterXml);
                }
            }
        }

        w.Write(TextParagraph(BodyStyle, report.Agency.Name, JustificationValues.Right).OuterXml);
        if (report.PublishedOn is { } date)
        {
            w.Write(TextParagraph(BodyStyle, PrintedDocument.FormatDate(date), JustificationValues.Right).OuterXml);
        }

        w.Write(SectionXml.Value);
        w.Write("</w:body></w:document>");
    }

    private static SectionProperties Section() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = BodyLine });

    /// <summary>A paragraph of a style; line feeds in the text become line breaks, tabs become tabs.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph TextParagraph(string style, string text, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (justification is { } j)
        {
            properties.Append(new Indentation { FirstLine = "0", FirstLineChars = 0 });
            properties.Append(new Justification { Val = j });
        }

        var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text));
        }

        return paragraph;
    }

    private static Run TextRun(string text)
    {
        var run = new Run();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t'))
            {
                continue;
            }

            if (i > start)
            {
                run.Append(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (i < text.Length)
            {
                run.Append(text[i] == '\n' ? new Break() : new TabChar());
            }

            start = i + 1;
        }

        return run;
    }

    private static Table Table(PrintedTable printed, ImmutableArray<ImmutableArray<PrintedCell>> grid, int[] widths)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        bool head = true;
        for (int r = 0; r < printed.RowCount; r++)
        {
            head &= !grid[r].Any(c => c.Kind is PrintedCellKind.Value or PrintedCellKind.RowHeader);
            var row = new TableRow();
            var rowProperties = new TableRowProperties(new CantSplit());
            if (head)
            {
                rowProperties.Append(new TableHeader());
            }

            row.Append(rowProperties);
            for (int c = 0; c < printed.ColumnCount;)
            {
                PrintedCell cell = grid[r][c];
                int width = widths.AsSpan(c, cell.ColumnSpan).ToArray().Sum();
                var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (cell.ColumnSpan > 1)
                {
                    properties.Append(new GridSpan { Val = cell.ColumnSpan });
                }

                bool starts = cell.Row == r;
                if (cell.RowSpan > 1)
                {
                    properties.Append(starts ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
                }

                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                string text = !starts ? string.Empty
                    : cell.Kind == PrintedCellKind.Value ? ValueSlot.ToString()
                    : cell.Text;
                bool left = cell.Kind == PrintedCellKind.RowHeader;
                row.Append(new TableCell(properties, TableParagraph(text, left)));
                c += cell.ColumnSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph TableParagraph(string text, bool left)
    {
        var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = TableTextStyle },
            new Justification { Val = left ? JustificationValues.Left : JustificationValues.Center }));
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text));
        }

        return paragraph;
    }

    /// <summary>
    /// Column widths in twips filling the text width: a column's weight is the length of the longest label that starts
    /// in it alone (a label spanning several rows wraps, so counts 2), between 3 and 12 characters; a column of values
    /// only weighs 4.
    /// </summary>
    private static int[] ColumnWidths(PrintedTable table)
    {
        var weights = new int[table.ColumnCount];
        Array.Fill(weights, 4);
        var labelled = new bool[table.ColumnCount];
        foreach (PrintedCell cell in table.Cells)
        {
            if (cell.ColumnSpan == 1 && cell.Kind is PrintedCellKind.RowHeader or PrintedCellKind.ColumnHeader)
            {
                int weight = Math.Clamp(cell.RowSpan > 2 ? 2 : cell.Text.Length, 3, 12);
                weights[cell.Column] = labelled[cell.Column] ? Math.Max(weights[cell.Column], weight) : weight;
                labelled[cell.Column] = true;
            }
        }

        int total = weights.Sum();
        int[] widths = [.. weights.Select(w => TextWidth * w / total)];
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }

    private static Styles Styles()
    {
        // None of the official fonts is set bold.
        static RunProperties Font(string font, int size)
        {
            var run = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia });
            run.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
            run.Append(new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
            run.Append(new Languages { Val = "zh-CN", EastAsia = "zh-CN" });
            return run;
        }

        static Style Paragraph(string id, string name, ParagraphProperties paragraph, RunProperties run, bool isDefault = false)
        {
            var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
            if (isDefault)
            {
                style.Default = true;
            }
            else
            {
                style.Append(new BasedOn { Val = BodyStyle });
            }

            style.Append(new PrimaryStyle(), paragraph, run);
            return style;
        }

        SpacingBetweenLines Exact() => new() { Line = BodyLine.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(Font(BodyFont, BodySize)),
                new ParagraphPropertiesDefault(new ParagraphProperties(Exact()))),
            Paragraph(BodyStyle, "GID Body 正文", new ParagraphProperties(new WidowControl { Val = false }, Exact(), new Indentation { FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }), Font(BodyFont, BodySize), isDefault: true),
            Paragraph(TitleStyle, "GID Title 标题", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "560" }, new Indentation { FirstLine = "0", FirstLineChars = 0 }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }), Font(TitleFont, TitleSize)),
            Paragraph(HeadingStyle, "GID Heading 一级标题", new ParagraphProperties(new KeepNext(), Exact(), new Indentation { FirstLineChars = 200 }, new OutlineLevel { Val = 0 }), Font(HeadingFont, BodySize)),
            Paragraph(SubheadingStyle, "GID Subheading 二级标题", new ParagraphProperties(new KeepNext(), Exact(), new Indentation { FirstLineChars = 200 }, new OutlineLevel { Val = 1 }), Font(SubheadingFont, BodySize)),
            Paragraph(TableTextStyle, "GID Table Text 表格文字", new ParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" }, new Indentation { FirstLine = "0", FirstLineChars = 0 }), Font(BodyFont, TableSize)));
    }
}
