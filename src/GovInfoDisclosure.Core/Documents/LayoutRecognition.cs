using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>One reading of one document by <see cref="LayoutReader"/>: the state a transcriber keeps while reading.</summary>
internal sealed partial class LayoutRecognition
{
    /// <summary>
    /// The column labels of section 二 that only the 2019 edition prints (本年新制作数量, 上一年项目数量, 采购总金额 …), as
    /// compared, from the printed layouts: the labels of the 2019 table that are not part of any label of the 2021 table
    /// (处理决定数量 is part of 本年处理决定数量, and 信息内容 is both's). A document whose tables hold one is of the 2019
    /// edition.
    /// </summary>
    internal static readonly Lazy<string[]> Edition2019Markers = new(() =>
    {
        string[] labels2021 = [.. ColumnHeaders(ReportEdition.Edition2021)];
        return [.. ColumnHeaders(ReportEdition.Edition2019).Where(l => !labels2021.Any(l2021 => l2021.Contains(l, StringComparison.Ordinal))).Distinct()];
    });

    private static IEnumerable<string> ColumnHeaders(ReportEdition edition) =>
        PrintedLayout.Tables(edition)[0].Cells.Where(c => c.Kind == PrintedCellKind.ColumnHeader).Select(c => PrintedText.Label(c.Text));

    private static readonly Dictionary<ReportEdition, Lazy<Layout>> Templates = Enum.GetValues<ReportEdition>()
        .ToDictionary(e => e, e => new Lazy<Layout>(() => new Layout(ReportFormat.Of(e))));

    private readonly SourceDocument _document;
    private readonly ImportOptions _options;
    private readonly List<Diagnostic> _findings = [];
    private readonly Dictionary<string, SourceLocation> _locations = new(LocationsExpected, StringComparer.Ordinal);

    /// <summary>About the locations a report's reading keeps: its 201 values, sections, rows and paragraphs.</summary>
    private const int LocationsExpected = 320;
    private ReportEdition _edition = ReportEdition.Edition2021;
    private decimal?[] _values = [];
    private Layout _layout = null!;
    private bool _marksHeadings;

    /// <summary>
    /// The table rows that print a section's heading (<see cref="FindSections"/>): a header above them is no header of the
    /// rows below (their label matches no row, so they are read as no row).
    /// </summary>
    private readonly HashSet<(DocumentBlock Table, int Row)> _headingRows = [];

    /// <summary>The sections that print a narrative (一, 五, 六), by index.</summary>
    private static readonly int[] NarrativeSections = [0, 4, 5];
    private bool _marksSubHeadings;

    public LayoutRecognition(SourceDocument document, ImportOptions options)
    {
        _document = document;
        _options = options;
    }

    private string? File => _document.File;

    public ReportImport Run()
    {
        ImmutableArray<DocumentBlock> blocks = FirstReport(CaseTablesJoined(LinesApart(_document.Blocks)));
        var tables = blocks.OfType<DocumentTable>().ToList();
        // Every cell's label as compared, made once: the edition is told by them, then the tables are read by them.
        string[][][] labels = CellLabels(tables);
        _edition = EditionOf(tables, labels);
        _layout = Templates[_edition].Value;
        _values = new decimal?[PrintedLayout.CellCountOf(_edition)];
        ImmutableArray<DocumentBlock> mended = WrappedLabelsJoined(RowsApart(blocks, labels));
        if (mended != blocks)
        {
            blocks = mended;
            tables = blocks.OfType<DocumentTable>().ToList();
            labels = CellLabels(tables);
        }

        (int[] headings, bool allMarked) = FindSections(blocks, labels);
        bool[] rowsRead = ReadTables(tables, labels);
        if (!rowsRead.Where((_, i) => _layout.Rows[i].Table == 1).Any(read => read))
        {
            throw new DocumentReadException(
                $"it is not a report: no table of section {ReportFormat.Applications.LabelZh} was found"
                + (_secondReport is { } second ? $" in its first report (a second report, beginning “{second}”, is not read)." : "."),
                File, blocks.IsEmpty ? null : blocks[0].Location);
        }

        ReportMissingRows(rowsRead, headings);

        int firstSection = headings.Where(h => h >= 0).DefaultIfEmpty(blocks.Length).Min();
        int firstTable = blocks.IndexOf(tables[0]);
        int front = headings[0] >= 0 ? headings[0] : Math.Min(firstSection, firstTable);
        (string? title, SourceLocation? titleLocation, int titleEnd) = FindTitle(blocks, front);
        if (title is not null && (RepeatedTitle(blocks, titleEnd, front, title) ?? TitleBelow(blocks, titleEnd, front, title)) is { } repeated)
        {
            (title, titleLocation, titleEnd) = repeated;
        }

        // Without a title in the body, or one that does not name them, the page's own title (HTML <title>, Word's document
        // title) may still name the year and agency.
        // A title printing a year is the one asked, also where it names two (a period across two, a year and a period that
        // disagree) and so names none: the page's title is not asked instead, the reader does not choose one of them.
        string? named = title is not null && YearAt(PrintedText.Label(title)).Success ? title : _document.PageTitle ?? title;
        SourceLocation? namedLocation = ReferenceEquals(named, title) ? titleLocation : null;
        int year = _options.Year ?? YearOf(named) ?? throw new DocumentReadException(
            "the title states no year" + TwoYears(named) + "; give the reported year (ImportOptions.Year, gidr --year).", File, titleLocation);
        string? titleAgency = _options.AgencyName ?? AgencyOf(named);
        if (year is < AnnualReport.MinYear or > AnnualReport.MaxYear)
        {
            throw new DocumentReadException($"the year {year} is not a year a report can be on.", File, titleLocation);
        }

        (DocumentParagraph Line, DateOnly Date)? headerDate = HeaderDate(blocks, front);
        (DateOnly? publishedOn, int closingStart, DocumentParagraph? signature) = FindClosing(blocks, headings, titleAgency, headerDate);
        string agency = titleAgency is null ? AgencyFromSignatureAlone(signature, named, titleLocation) : AgencyFromSignature(titleAgency, signature);

        // A document that marks its section headings as headings (HTML h2, a Word heading style, Markdown ##) has its own
        // paragraphs (no page break of an extraction split them), and a paragraph it marks as a heading in a narrative is a
        // sub-heading whatever it says. Where it marks a sub-heading too, it marks them all: an unmarked paragraph is text
        // even when it looks like a sub-heading (（一）…); otherwise sub-headings are recognised by their numbering.
        _marksHeadings = headings.Any(h => h >= 0) && allMarked;
        _marksSubHeadings = _marksHeadings && NarrativeSections.Any(s => SectionParagraphs(blocks, headings, s, blocks.Length).Any(p => p.IsHeading));
        var preamble = Paragraphs(blocks, titleEnd, front).Where(p => p != headerDate?.Line).ToList();
        Narrative? overview = NarrativeOf(preamble.Concat(SectionParagraphs(blocks, headings, 0, closingStart)), ReportFormat.Overview);
        Narrative? problems = NarrativeOf(SectionParagraphs(blocks, headings, 4, closingStart), ReportFormat.ProblemsAndImprovements);
        Narrative? other = NarrativeOf(SectionParagraphs(blocks, headings, 5, closingStart), ReportFormat.OtherMatters);

        if (titleLocation is not null)
        {
            _locations[ReportFormat.Title.JsonPointer] = titleLocation;
        }

        if (namedLocation is not null)
        {
            if (_options.Year is null)
            {
                _locations[ReportFormat.Year.JsonPointer] = namedLocation;
            }

            if (_options.AgencyName is null)
            {
                _locations.TryAdd(ReportFormat.AgencyName.JsonPointer, namedLocation);
            }
        }

        AnnualReport report = ReportFormat.Of(_edition).Cells.Build(_values, year, new Agency { Name = agency }, overview, problems, other, _procurementUnit) with
        {
            Title = title,
            PublishedOn = publishedOn,
        };
        List<Diagnostic> ordered = [.. _findings.Select((d, i) => (d, i)).OrderBy(x => x.d.Location?.Line ?? int.MaxValue)
            .ThenBy(x => x.d.Location?.Table ?? 0).ThenBy(x => x.d.Location?.Row ?? 0).ThenBy(x => x.d.Location?.Cell ?? 0).ThenBy(x => x.i).Select(x => x.d)];
        // The locations are this reading's own and nothing changes them after it: handed over read-only, not copied.
        return new ReportImport(report, [.. ordered], _locations.AsReadOnly());
    }

    private void Add(RuleDescriptor rule, string path, SourceLocation? location, params MessageArgument[] arguments) =>
        _findings.Add(new Diagnostic(rule, rule.DefaultSeverity, path, null, null, [path], [.. arguments]) { Location = location });

    /// <summary>
    /// The edition of the document, decided by its layout: the 2019 edition where a table prints a column label of
    /// section 二 that only the 2019 edition has (<see cref="Edition2019Markers"/>); otherwise the 2021 edition. Section
    /// 三's （六）其他处理 printed as one row does not decide it (some 2021-edition reports print it so), nor does the year.
    /// </summary>
    private ReportEdition EditionOf(List<DocumentTable> tables, string[][][] labels)
    {
        string[] markers = Edition2019Markers.Value;
        for (int t = 0; t < tables.Count; t++)
        {
            DocumentTable table = tables[t];
            for (int r = 0; r < table.Rows.Length; r++)
            {
                for (int c = 0; c < table.Rows[r].Length; c++)
                {
                    DocumentCell cell = table.Rows[r][c];
                    string label = labels[t][r][c];
                    if (label.Length > 0 && label.Length <= 40 && ContainsAny(label, markers))
                    {
                        _locations[ReportFormat.Edition.JsonPointer] = InTable(cell, table);
                        return ReportEdition.Edition2019;
                    }
                }
            }
        }

        return ReportEdition.Edition2021;
    }

    /// <summary>Whether a label holds any of the markers (a loop: this is asked of every cell).</summary>
    private static bool ContainsAny(string label, string[] markers)
    {
        foreach (string marker in markers)
        {
            if (label.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Sections, title, date and narrative ----

    /// <summary>
    /// The block index of each section heading (一 to 六), or −1; headings are looked for in order. A heading printed in a
    /// table's row has the table's index (several may: one table for all sections), and that row is kept in
    /// <see cref="_headingRows"/>. Says whether every heading found is set apart (<see cref="PrintedHeading.IsMarked"/>).
    /// </summary>
    private (int[] Blocks, bool AllMarked) FindSections(ImmutableArray<DocumentBlock> blocks, string[][][] labels)
    {
        // A heading as the template prints it is preferred to a variant, and a variant is taken only before the next
        // section's heading as printed: a sub-heading of 一 such as （二）政府信息主动公开情况 must not become section 二.
        // Matches are in document order (blocks, then a table's rows), and compared by their place in that order.
        var matches = new List<(int Block, int Section, bool Exact, PrintedHeading Heading)>();
        int table = 0;
        for (int b = 0; b < blocks.Length; b++)
        {
            IEnumerable<PrintedHeading> printed = blocks[b] is DocumentTable t ? HeadingRows(t, labels[table++]) : [HeadingOf((DocumentParagraph)blocks[b])];
            foreach (PrintedHeading heading in printed)
            {
                // In a table, the headings of the sections that print tables (二, 三, 四); a narrative's heading only as the
                // template prints it and in the table's last row, its text after the table (a text line holding a tab runs
                // on from the table above it; a heading boxed in a table of its own): table 三's rows are numbered 一 to 四
                // too, and two narratives' headings in one table would leave each an empty range.
                (int? section, bool exact) = HeadingMatch(heading.Label);
                if (section is null && OtherNumbering(heading.Label, heading.IsMarked) is { } numberedOtherwise)
                {
                    (section, exact) = (numberedOtherwise, false);
                }

                if (section is { } s && (heading.Row is null || (exact && heading.EndsTable) || _layout.Tables.Any(t => t.Section == ReportFormat.Sections[s])))
                {
                    matches.Add((b, s, exact, heading));
                }
            }
        }

        // A document that marks all six section headings as headings (HTML h2, Word heading styles, Markdown ##) is read by
        // its marks: a paragraph of its narrative that says 一、总体情况 is text.
        if (Enumerable.Range(0, 6).All(s => matches.Any(m => m.Section == s && m.Heading.IsMarked)))
        {
            matches.RemoveAll(m => !m.Heading.IsMarked);
        }

        int[] found = [-1, -1, -1, -1, -1, -1];
        bool allMarked = true;
        int from = 0;
        for (int s = 0; s < 6; s++)
        {
            int limit = matches.FindIndex(from, m => m.Exact && m.Section > s);
            int end = limit < 0 ? matches.Count : limit;
            int chosen = matches.FindIndex(from, end - from, m => m.Section == s && m.Exact);
            if (chosen < 0)
            {
                chosen = matches.FindIndex(from, end - from, m => m.Section == s);
            }

            if (chosen < 0)
            {
                continue;
            }

            (int block, _, bool isExact, PrintedHeading p) = matches[chosen];
            found[s] = block;
            from = chosen + 1;
            allMarked &= p.IsMarked;
            if (p.Row is { } row)
            {
                _headingRows.Add((blocks[block], row));
            }

            _locations[ReportFormat.Sections[s].JsonPointer] = p.Location;
            if (!isExact)
            {
                Add(Rules.LabelVariant, ReportFormat.Sections[s].JsonPointer, p.Location, new("text", p.Text), new("label", ReportFormat.Sections[s]));
            }
        }

        for (int s = 0; s < 6; s++)
        {
            if (found[s] < 0)
            {
                Add(Rules.SectionNotFound, ReportFormat.Sections[s].JsonPointer, null, new MessageArgument("section", ReportFormat.Sections[s]));
            }
        }

        return (found, allMarked);
    }

    /// <summary>
    /// A block that may be a section heading: its text and its label as compared, where, whether the document sets it
    /// apart as one, and for a table's row the row.
    /// </summary>
    private readonly record struct PrintedHeading(string Text, string Label, SourceLocation Location, bool IsMarked, int? Row = null, bool EndsTable = false);

    /// <summary>
    /// A paragraph as a heading. A label longer than <see cref="MaxHeadingLength"/> is not made (an empty one stands for
    /// it): no section heading is that long (<see cref="HeadingMatch"/> takes none), and narrative paragraphs are.
    /// </summary>
    private static PrintedHeading HeadingOf(DocumentParagraph p) =>
        new(p.Text, PrintedText.LabelLength(p.Text) <= MaxHeadingLength ? PrintedText.Label(p.Text) : string.Empty, p.Location, p.IsHeading);

    /// <summary>The first line of a second report in the document, where <see cref="FirstReport"/> found one.</summary>
    private string? _secondReport;

    /// <summary>
    /// The blocks of the document's first report, where it prints a second after it (two bodies' reports on one page, this
    /// year's and last year's in one file): the second begins at section 一's heading as the template prints it, printed
    /// again after the first report's 一, a table and its 五 or 六 (一 as the template prints it; 五 and 六 as the section
    /// search reads them: so, as a variant, numbered otherwise or, where marked as headings, without a numeral; 五 ends a
    /// first report whose 六 is not found), or at its title
    /// (<see cref="SecondReportStart"/>). Said (GID526) at the second report's first line, with its text; nothing of it is
    /// read. The same blocks where the document prints one report.
    /// </summary>
    private ImmutableArray<DocumentBlock> FirstReport(ImmutableArray<DocumentBlock> blocks)
    {
        // A report prints its tables between its 一 and its 五; headings without a table between them are a table of
        // contents (or a summary of the sections) and begin no report. `six` is the last 五 or 六 after the tables.
        (int one, int six, bool tables) = (-1, -1, false);
        for (int b = 0; b < blocks.Length; b++)
        {
            if (blocks[b] is DocumentTable)
            {
                tables |= one >= 0 && six < 0;
                continue;
            }

            // Deconstructed, not `is not (int section, true)` and `continue`: Stryker's mutant of that pattern leaves
            // `section` unassigned, which does not compile and puts the whole method in its safe mode (untested).
            // 五 and 六 as the section search reads them (a report's own wording, its own numbering); 一 as the template
            // prints it only, so that a numbered heading after 六 that merely resembles it (an attachment's 一、总体情况说明)
            // begins no report.
            PrintedHeading printed = HeadingOf((DocumentParagraph)blocks[b]);
            (int? heading, bool exact) = HeadingMatch(printed.Label);
            int section = heading ?? OtherNumbering(printed.Label, printed.IsMarked) ?? -1;
            if (section >= 4 && tables)
            {
                six = b;
            }
            else if (section == 0 && exact && six >= 0 && tables)
            {
                int start = SecondReportStart(blocks, six, b);
                string text = ((DocumentParagraph)blocks[start]).Text.Trim();
                Add(Rules.SecondReportNotRead, ReportFormat.Title.JsonPointer, blocks[start].Location, new MessageArgument("text", text));
                _secondReport = text;
                return blocks[..start];
            }
            else if (section == 0 && exact)
            {
                (one, six, tables) = (b, -1, false);
            }
        }

        return blocks;
    }

    /// <summary>
    /// Whether a line above a title that begins with its year may be the agency's name printed over it: short, without a
    /// sentence's or a label's punctuation.
    /// </summary>
    private static bool IsAgencyLine(string text) => text is { Length: > 0 and <= 40 } && text.IndexOfAny(['。', '：', ':']) < 0;

    /// <summary>
    /// Where a second report whose heading of 一 is block <paramref name="one"/> begins: at its title, the nearest line
    /// above that heading and below the first report's last heading of 五 or 六 (block <paramref name="six"/>) that ends
    /// in 报告 and prints no sentence's punctuation (not a preamble's 现公布…年度报告。, nor a line of the first's 六 such as 无其他需要报告), joined
    /// to the lines above it as <see cref="TitleEndingAt"/> joins a title broken over lines, where the title then names
    /// 信息公开 and states a year; with the line above it where the title begins with its year and that line reads as a
    /// body's name (short, no figure or year, and as <see cref="ReadsAsBodyName"/> reads one: no punctuation, ending as a
    /// body's name does; not the first report's closing date, nor its 六's last words such as 无 or 不涉及). The lines
    /// between the title and 一 (a date, a preamble) are the second report's. Without such a title, at its heading of 一.
    /// </summary>
    private static int SecondReportStart(ImmutableArray<DocumentBlock> blocks, int six, int one)
    {
        for (int above = one - 1; above > six; above--)
        {
            if (blocks[above] is not DocumentParagraph line || line.Text.IndexOfAny(['。', '，', '；']) >= 0
                || PrintedText.Label(line.Text) is not { Length: <= MaxHeadingLength } label || !EndsTitle(label))
            {
                continue;
            }

            var lines = new List<DocumentParagraph>();
            for (int b = Math.Max(six + 1, above - 2); b <= above; b++)
            {
                if (blocks[b] is DocumentParagraph p)
                {
                    lines.Add(p);
                }
            }

            (string title, int first, _) = TitleAt(lines, LinesBelow(blocks, above + 1, one).FirstOrDefault().Line);
            string joined = PrintedText.Label(title);
            if (!joined.Contains(Subject, StringComparison.Ordinal) || !YearAt(joined).Success)
            {
                continue;
            }

            int start = blocks.IndexOf(lines[first]);
            return BeginsWithoutName(title) && start - 1 > six && blocks[start - 1] is DocumentParagraph agency
                && agency.Text.Trim() is var name && IsAgencyLine(name) && ReadsAsBodyName(name)
                && !name.Any(char.IsDigit) && !TitleYear().IsMatch(name)
                ? start - 1
                : start;
        }

        return one;
    }

    /// <summary>
    /// The blocks with section 四 printed as two tables side by side (a page too narrow for fifteen columns: 行政复议's five,
    /// then 行政诉讼's ten, or the other way round) made one table, the second's rows beside the first's, aligned at their
    /// last rows; the same blocks where no such pair is. Two tables are such a pair where nothing but empty paragraphs is
    /// between them, each has at most <see cref="MaxCaseTableRows"/> rows (their grid side by side within
    /// <see cref="DocumentTable.MaxGridSlots"/>), and one names 行政复议 and not 行政诉讼, the other
    /// 行政诉讼 and not 行政复议. The joined table has the first's number; each cell keeps where it is printed, its table, row
    /// and column too (since the thirty-fourth session: a finding on the second's cell named the first table). Said (GID525)
    /// at the second table.
    /// </summary>
    private ImmutableArray<DocumentBlock> CaseTablesJoined(ImmutableArray<DocumentBlock> blocks)
    {
        List<DocumentBlock>? joined = null;
        for (int b = 0; b < blocks.Length; b++)
        {
            if (blocks[b] is DocumentTable first && CaseGroup(first) is int group)
            {
                int next = b + 1;
                while (next < blocks.Length && blocks[next] is DocumentParagraph p && p.Text.Trim().Length == 0)
                {
                    next++;
                }

                if (next < blocks.Length && blocks[next] is DocumentTable second && CaseGroup(second) == 1 - group
                    && (long)(first.RowCount + second.RowCount) * (first.ColumnCount + second.ColumnCount) <= DocumentTable.MaxGridSlots)
                {
                    joined ??= [.. blocks.Take(b)];
                    // A section heading printed over a part (a merged top row) is the heading it is, above the table. Each
                    // cell keeps where it is printed, its table, row and column, for the findings (Printed).
                    (DocumentParagraph? firstHeading, first) = WithoutHeadingRow(PrintedTable(first));
                    (DocumentParagraph? secondHeading, second) = WithoutHeadingRow(PrintedTable(second));
                    joined.AddRange(new[] { firstHeading, secondHeading }.OfType<DocumentParagraph>());
                    joined.Add(SideBySide(first, second));
                    Add(Rules.CaseTablesJoined, ReportFormat.ReviewAndLitigation.JsonPointer, second.Location with { Table = second.Number },
                        new MessageArgument("section", ReportFormat.ReviewAndLitigation));
                    b = next;
                    continue;
                }
            }

            joined?.Add(blocks[b]);
        }

        return joined is null ? blocks : [.. joined];
    }

    /// <summary>
    /// The blocks with each table broken by a row label's start printed as a paragraph of its own (a text extraction that
    /// wrapped a long label, its start on a line without the cell's tab, which ends the table) made one table again, the
    /// paragraph a row of one cell between its two parts, for the row below to join as a label wrapped onto the row above
    /// (<see cref="RecogniseLabelVariant"/>). A paragraph is such a start where it is no
    /// heading and <see cref="IsWrappedLabelStart"/>, and the joined grid within <see cref="DocumentTable.MaxGridSlots"/>.
    /// The joined table has the first part's number; each cell keeps where it is printed, its table, row and column
    /// (<see cref="Printed"/>). The same blocks where no table is so broken.
    /// </summary>
    private ImmutableArray<DocumentBlock> WrappedLabelsJoined(ImmutableArray<DocumentBlock> blocks)
    {
        List<DocumentBlock>? joined = null;
        for (int b = 0; b < blocks.Length; b++)
        {
            DocumentBlock? previous = joined is null ? (b > 0 ? blocks[b - 1] : null) : joined[^1];
            if (blocks[b] is DocumentParagraph { IsHeading: false } start && previous is DocumentTable first
                && b + 1 < blocks.Length && blocks[b + 1] is DocumentTable second && IsWrappedLabelStart(start.Text, second)
                && (long)(first.RowCount + 1 + second.RowCount) * Math.Max(first.ColumnCount, second.ColumnCount) <= DocumentTable.MaxGridSlots)
            {
                joined ??= [.. blocks.Take(b)];
                joined[^1] = new DocumentTable([.. Printed(first), [new DocumentCell(start.Text, start.Location)], .. Printed(second)], first.Location, first.Number);
                b++;
                continue;
            }

            joined?.Add(blocks[b]);
        }

        return joined is null ? blocks : [.. joined];
    }

    /// <summary>
    /// A table's rows, each cell's location naming where it is printed (its table, grid row and column) where it names no
    /// table yet, for a table made of them (joined, split) to say where each cell is printed, not where the made one has it.
    /// </summary>
    private static IEnumerable<ImmutableArray<DocumentCell>> Printed(DocumentTable table)
    {
        var origins = new GridOrigins(table, IsMerged(table));
        for (int r = 0; r < table.Rows.Length; r++)
        {
            ImmutableArray<DocumentCell> row = table.Rows[r];
            // A row span reaches no further than its own table's last row (its grid's), in a table made of more rows too.
            int left = table.Rows.Length - r;
            yield return [.. row.Select((c, i) => new DocumentCell(c.Text, origins.LocationOf(r, i), Math.Min(c.RowSpan, left), c.ColumnSpan, c.IsHeader))];
        }
    }

    /// <summary>Every cell's label as compared, by table, row and cell.</summary>
    private static string[][][] CellLabels(List<DocumentTable> tables) =>
        [.. tables.Select(t => t.Rows.Select(row => row.Select(cell => PrintedText.Label(cell.Text)).ToArray()).ToArray())];

    /// <summary>Whether a table has a merged cell (a row or column span).</summary>
    private static bool IsMerged(DocumentTable table) => table.Rows.Any(row => row.Any(cell => cell.RowSpan > 1 || cell.ColumnSpan > 1));

    /// <summary>The table with each cell's location naming where it is printed (<see cref="Printed"/>).</summary>
    private static DocumentTable PrintedTable(DocumentTable table) =>
        new(Printed(table).Select(row => (IEnumerable<DocumentCell>)row), table.Location, table.Number);

    /// <summary>
    /// Whether a cell (as compared) prints a value: a number, or a dash for a blank. A dash is short: a label is not read
    /// as a cell (which copies its text) to learn that it is none.
    /// </summary>
    private static bool IsValue(string key) => IsNumberCell(key) || (key.Length <= 8 && PrintsValue(key));

    /// <summary>Whether a cell (as compared) is a row's label as the template prints it, numbering and all.</summary>
    private bool IsTemplateRowLabel(string key) => _layout.Labels.TryGetValue(key, out int row) && _layout.RowLabels[row] == key;

    /// <summary>
    /// Whether a paragraph's text is the start of a row's label whose end is the first text of <paramref name="table"/>'s
    /// first row: no section heading and no row's label itself, its words (after their numbering) within some row's label,
    /// and the two joined a row's label as printed or renumbered.
    /// </summary>
    private bool IsWrappedLabelStart(string text, DocumentTable table)
    {
        string start = PrintedText.Label(text);
        if (start.Length is < 2 or > MaxHeadingLength || HeadingMatch(start).Section is not null || _layout.Labels.ContainsKey(start)
            || !BeginsRowLabel(PrintedText.WithoutNumbering(InnermostLabel(start))))
        {
            return false;
        }

        foreach (DocumentCell cell in table.Rows.IsEmpty ? [] : table.Rows[0])
        {
            if (cell.Text.Length > 0)
            {
                string whole = PrintedText.Label(text + cell.Text);
                return !IsNumberCell(PrintedText.Label(cell.Text)) && (_layout.Labels.ContainsKey(whole) || Renumbered(whole, out _));
            }
        }

        return false;
    }

    /// <summary>
    /// The blocks with each row of a table without merged cells that prints two rows (a row's label and numbers, then
    /// another row's label as the template prints it: a text that lost the line break, or a cell a line the blank line,
    /// between them) made two rows, the second from the first text after the first's last value (its group's label, or
    /// its own); said (GID527) at the second's label. Each cell keeps where it is printed, its table, row and column
    /// (<see cref="Printed"/>), so that a finding names the row the document prints. The same blocks where no row is so
    /// printed. <paramref name="labels"/> are the tables' cells as compared.
    /// </summary>
    private ImmutableArray<DocumentBlock> RowsApart(ImmutableArray<DocumentBlock> blocks, string[][][] labels)
    {
        List<DocumentBlock>? apart = null;
        int t = 0;
        for (int b = 0; b < blocks.Length; b++)
        {
            DocumentBlock block = blocks[b];
            if (block is DocumentTable table && labels[t++] is var keys && keys.Any(row => SecondRowAt(row, 0) >= 0)
                && !IsMerged(table))
            {
                // The same cells in more rows: within the grid's bound, which counts a table's cells where none is merged.
                ImmutableArray<DocumentCell>[] printed = [.. Printed(table)];
                var rows = new List<ImmutableArray<DocumentCell>>();
                for (int r = 0; r < keys.Length; r++)
                {
                    int start = 0;
                    for (int split = SecondRowAt(keys[r], 0); split >= 0; split = SecondRowAt(keys[r], start))
                    {
                        int label = Array.FindIndex(keys[r], split, IsTemplateRowLabel);
                        int previous = Array.FindLastIndex(keys[r], split - 1, split - start, k => k.Length > 0 && !IsValue(k));
                        rows.Add(printed[r][start..split]);
                        DocumentCell cell = printed[r][label];
                        Add(Rules.RowsRunTogether, _layout.Rows[_layout.Labels[keys[r][label]]].Entry.JsonPointer, cell.Location,
                            new MessageArgument("text", cell.Text), new MessageArgument("previous", table.Rows[r][previous].Text));
                        start = split;
                    }

                    rows.Add(printed[r][start..]);
                }

                block = new DocumentTable(rows.Select(row => (IEnumerable<DocumentCell>)row), table.Location, table.Number);
                apart ??= [.. blocks.Take(b)];
            }

            apart?.Add(block);
        }

        return apart is null ? blocks : [.. apart];
    }

    /// <summary>
    /// Where, from cell <paramref name="from"/> of a row (its cells as compared), a second row begins: after a text and
    /// then a value (a number or a dash), a row's label as the template prints it, numbering and all (not the label's
    /// words after a numbering printed in a cell of its own, <c>1.</c> then <c>属于国家秘密</c>: one row); the second row
    /// begins at the first text after the values before it. −1 where none does.
    /// </summary>
    private int SecondRowAt(string[] keys, int from)
    {
        // Reading a cell as a value costs (a label with a figure in it is parsed); a row that prints no row's label after
        // its first text, as nearly every row does, has no second row, and its cells are not read.
        int first = Array.FindIndex(keys, from, k => k.Length > 0);
        int second = first < 0 ? keys.Length : first + 1;
        while (second < keys.Length && !IsTemplateRowLabel(keys[second]))
        {
            second++;
        }

        if (second == keys.Length)
        {
            return -1;
        }

        (bool text, int lastNumber) = (false, -1);
        for (int i = from; i < keys.Length; i++)
        {
            string key = keys[i];
            if (key.Length == 0)
            {
                continue;
            }

            if (IsValue(key))
            {
                lastNumber = text ? i : lastNumber;
            }
            else if (lastNumber >= 0 && IsTemplateRowLabel(key))
            {
                return Array.FindIndex(keys, lastNumber + 1, k => k.Length > 0);
            }
            else
            {
                text = true;
            }
        }

        return -1;
    }

    /// <summary>The most rows a table of section 四's alone has (6: the template's four, and a unit's or column numbers' row).</summary>
    private const int MaxCaseTableRows = 6;

    /// <summary>行政复议, as compared: the first of section 四's blocks, and its header (<see cref="Layout.CaseHeader"/>).</summary>
    private static readonly string ReviewLabel = PrintedText.Label(ReportFormat.CaseBlocks[0].LabelZh);

    /// <summary>行政诉讼, the group over the two litigation blocks (<c>行政诉讼 · 未经复议直接起诉</c>), as compared.</summary>
    private static readonly string LitigationLabel = PrintedText.Label(PrintedLayout.GroupLabel(ReportFormat.CaseBlocks[1])!);

    /// <summary>
    /// Which of section 四's groups a small table alone names: 0 for 行政复议, 1 for 行政诉讼; null for a table naming both
    /// or neither, or longer than <see cref="MaxCaseTableRows"/>.
    /// </summary>
    private static int? CaseGroup(DocumentTable table)
    {
        if (table.Rows.Length > MaxCaseTableRows)
        {
            return null;
        }

        bool review = false, litigation = false;
        foreach (ImmutableArray<DocumentCell> row in table.Rows)
        {
            foreach (DocumentCell cell in row)
            {
                string label = PrintedText.Label(cell.Text);
                review |= label == ReviewLabel;
                litigation |= label == LitigationLabel;
            }
        }

        return review == litigation ? null : review ? 0 : 1;
    }

    /// <summary>
    /// A table whose first row prints a section's heading alone (one cell, or the same text in each, over one row) as that
    /// heading, a paragraph set apart as a heading row is, and the rest of the table; else no heading and the table.
    /// </summary>
    private static (DocumentParagraph? Heading, DocumentTable Table) WithoutHeadingRow(DocumentTable table)
    {
        ImmutableArray<DocumentCell> top = table.Rows[0];
        string[] labels = [.. top.Select(c => PrintedText.Label(c.Text)).Where(l => l.Length > 0).Distinct()];
        if (table.Rows.Length < 2 || labels.Length != 1 || top.Any(c => c.RowSpan > 1) || HeadingMatch(labels[0]).Section is null)
        {
            return (null, table);
        }

        // The cell names where it is printed, its table, row and column (the table is a PrintedTable).
        DocumentCell heading = top.First(c => c.Text.Trim().Length > 0);
        return (new DocumentParagraph(heading.Text, heading.Location, isHeading: true),
            new DocumentTable(table.Rows.Skip(1).Select(r => (IEnumerable<DocumentCell>)r), table.Location, table.Number));
    }

    /// <summary>
    /// Two tables as one, the second's rows beside the first's, aligned at their data rows (each part's last row printing a
    /// value and not numbering the columns, else its last row: a part may end in an empty row or a note): each part's missing rows above and below are
    /// one empty cell across its width, and a row short of its table's width is filled with an empty cell, so that the
    /// second's cells stand in its own columns. A row above a part's data row numbering its columns (1 … 5, or 6 … 15 on
    /// from the first part's) is left out: beside the other part's header it numbers no column of the joined table, and
    /// read as printed it would be a row of numbers the template does not have (in one table such a row says nothing). A
    /// part that prints no row of values, only its column numbers, beside a part numbering its columns too (1 … 5, then
    /// 6 … 15), has not printed its data row: the numbers are left out and the row is blank.
    /// </summary>
    private static DocumentTable SideBySide(DocumentTable first, DocumentTable second)
    {
        int[] starts = [1, 1 + CaseValueCount(first)];
        bool[] numbered = [Numbered(first, starts[0]), Numbered(second, starts[1])];
        DocumentTable[] parts = [WithoutColumnNumbers(first, starts[0], numbered[1]), WithoutColumnNumbers(second, starts[1], numbered[0])];
        int[] anchors = [.. parts.Select((part, p) => Values(part, starts[p]) is var data and >= 0 ? data : part.RowCount - 1)];
        int anchor = anchors.Max();
        int rows = parts.Select((part, p) => anchor - anchors[p] + part.RowCount).Max();
        var joined = new List<DocumentCell>[rows];
        for (int r = 0; r < rows; r++)
        {
            joined[r] = [];
        }

        for (int p = 0; p < parts.Length; p++)
        {
            DocumentTable part = parts[p];
            int offset = anchor - anchors[p];
            if (offset > 0)
            {
                joined[0].Add(new DocumentCell(string.Empty, part.Location, offset, part.ColumnCount));
            }

            for (int r = 0; r < part.RowCount; r++)
            {
                joined[r + offset].AddRange(part.Rows[r]);
                int filled = part.ColumnCount;
                while (filled > 0 && part[r, filled - 1].Cell is null)
                {
                    filled--;
                }

                if (filled < part.ColumnCount)
                {
                    joined[r + offset].Add(new DocumentCell(string.Empty, part.Location, 1, part.ColumnCount - filled));
                }
            }

            int below = rows - offset - part.RowCount;
            if (below > 0)
            {
                joined[offset + part.RowCount].Add(new DocumentCell(string.Empty, part.Location, below, part.ColumnCount));
            }
        }

        return new DocumentTable(joined, first.Location, first.Number);

        static int CaseValueCount(DocumentTable part) =>
            CaseGroup(part) == 0 ? ReportFormat.CaseColumns.Length : 2 * ReportFormat.CaseColumns.Length;

        // A row numbering the part's columns from 1, or on from the other part's (6 … 15).
        static bool Numbers(ImmutableArray<DocumentCell> row, int continued) =>
            NumbersColumns(row) || (continued > 1 && NumbersColumns(row, first: continued));

        // The part's row of values (the last printing a value and numbering no column: 1 … 5 under the header print
        // numbers but no values), or -1.
        static int Values(DocumentTable part, int continued) =>
            part.Rows.ToList().FindLastIndex(row => !Numbers(row, continued) && row.Any(c => PrintsValue(c.Text)));

        // Whether the part prints a row numbering its columns above its row of values (anywhere, without one).
        static bool Numbered(DocumentTable part, int continued)
        {
            int data = Values(part, continued);
            return part.Rows.Take(data >= 0 ? data : part.RowCount).Any(row => Numbers(row, continued));
        }

        static DocumentTable WithoutColumnNumbers(DocumentTable part, int continued, bool otherNumbered)
        {
            int data = Values(part, continued);
            bool unprinted = data < 0 && otherNumbered;
            int above = data >= 0 ? data : unprinted ? part.RowCount : 0;
            if (!part.Rows.Take(above).Any(row => Numbers(row, continued)))
            {
                return part;
            }

            // The row is left out, or where a cell spans into it or out of it (the grid would shift) printed empty.
            var rows = new List<IEnumerable<DocumentCell>>(part.RowCount + 1);
            for (int r = 0; r < part.RowCount; r++)
            {
                ImmutableArray<DocumentCell> row = part.Rows[r];
                if (r >= above || !Numbers(row, continued))
                {
                    rows.Add(row);
                }
                else if (row.Any(c => c.RowSpan > 1) || Enumerable.Range(0, part.ColumnCount).Any(c => part[r, c].Cell is not null && part[r, c].OriginRow < r))
                {
                    rows.Add(row.Select(c => new DocumentCell(string.Empty, c.Location, c.RowSpan, c.ColumnSpan)));
                }
            }

            if (unprinted)
            {
                // The data row not printed: an empty cell under each column, so that the values are blank.
                rows.Add(Enumerable.Range(0, part.ColumnCount).Select(_ => new DocumentCell(string.Empty, part.Location)));
            }

            return new DocumentTable(rows, part.Location, part.Number);
        }
    }

    /// <summary>
    /// The blocks with each paragraph of several lines one of which is a section heading (an old CMS's article whose lines
    /// are separated by <c>&lt;br&gt;</c>, not paragraphs: <c>…报告&lt;br&gt;一、总体情况&lt;br&gt;…</c>)
    /// taken apart into its lines, each a paragraph where the paragraph starts (a browser shows them as paragraphs);
    /// the same blocks where no paragraph does. A line break in any other paragraph stays its text's.
    /// </summary>
    private static ImmutableArray<DocumentBlock> LinesApart(ImmutableArray<DocumentBlock> blocks)
    {
        ImmutableArray<DocumentBlock>.Builder? apart = null;
        for (int b = 0; b < blocks.Length; b++)
        {
            DocumentBlock block = blocks[b];
            if (block is DocumentParagraph p && HoldsHeadingLine(p))
            {
                if (apart is null)
                {
                    apart = ImmutableArray.CreateBuilder<DocumentBlock>(blocks.Length);
                    apart.AddRange(blocks, b);
                }

                foreach (string line in p.Text.Split('\n'))
                {
                    if (line.Trim().Length > 0)
                    {
                        apart.Add(new DocumentParagraph(line, p.Location, p.IsHeading && HeadingMatch(PrintedText.Label(line)).Section is not null));
                    }
                }
            }
            else
            {
                apart?.Add(block);
            }
        }

        return apart?.ToImmutable() ?? blocks;

        static bool HoldsHeadingLine(DocumentParagraph p)
        {
            if (!p.Text.Contains('\n', StringComparison.Ordinal))
            {
                return false;
            }

            string[] lines = p.Text.Split('\n');
            int headings = lines.Count(line => PrintedText.LabelLength(line) <= MaxHeadingLength && HeadingMatch(PrintedText.Label(line)) is (not null, true));

            // A table of contents (目录 and the six headings, lines apart) lists the headings; it is not where they stand:
            // several headings and no line of text longer than a heading is one.
            return headings > 0 && (headings < 3 || lines.Any(line => PrintedText.LabelLength(line) > MaxTocLine));
        }
    }

    /// <summary>The longest line a table of contents is taken to have (30: a section heading and its page number).</summary>
    private const int MaxTocLine = 30;

    /// <summary>The longest label a heading or title is taken to have (80).</summary>
    private const int MaxHeadingLength = 80;

    /// <summary>
    /// The rows of a table whose only text is one label (<paramref name="labels"/>: the cells' labels as compared), as
    /// some Word documents print a section's heading in a merged row over its table, or between the sections of one
    /// table for all: set apart by the row, since a table row cannot be narrative text. A section's numeral in a cell of
    /// its own and its words in the next is such a label too (a text line <c>五、→存在的…</c>). A unit printed at the row's
    /// end (<c>单位：件</c>, as over the template's tables) is no second label (since the thirty-sixth session).
    /// </summary>
    private static IEnumerable<PrintedHeading> HeadingRows(DocumentTable table, string[][] labels)
    {
        int lastRow = Array.FindLastIndex(labels, row => Array.Exists(row, l => l.Length > 0));
        for (int r = 0; r < labels.Length; r++)
        {
            int first = Array.FindIndex(labels[r], l => l.Length > 0);
            if (first < 0)
            {
                continue;
            }

            DocumentCell cell = table.Rows[r][first];
            bool last = r == lastRow;
            int second = Array.FindIndex(labels[r], first + 1, l => IsOtherLabel(l, labels[r][first]));
            if (second < 0)
            {
                yield return new PrintedHeading(cell.Text, labels[r][first], GridLocation(table, r, cell), IsMarked: true, Row: r, last);
            }
            else if (SectionNumeral().IsMatch(labels[r][first])
                && Array.FindIndex(labels[r], second + 1, l => IsOtherLabel(l, labels[r][second])) < 0)
            {
                // The numeral apart from the words by a tab (a text line 五、→存在的…), or in a cell of its own.
                // A label drops a trailing 、 (五、 is 五), which the heading's label keeps between numeral and words.
                string numeral = labels[r][first].Length == 1 ? labels[r][first] + "." : labels[r][first];
                yield return new PrintedHeading(cell.Text + table.Rows[r][second].Text, numeral + labels[r][second], GridLocation(table, r, cell), IsMarked: true, Row: r, last);
            }
        }
    }

    /// <summary>Whether a heading row's cell prints a label other than <paramref name="label"/>: not empty, not it, not a unit.</summary>
    private static bool IsOtherLabel(string cell, string label) => cell.Length > 0 && cell != label && !PrintedText.IsUnitLabel(cell);

    /// <summary>Where a cell of a row is: its table, grid row and grid column.</summary>
    private static SourceLocation GridLocation(DocumentTable table, int row, DocumentCell cell)
    {
        for (int c = 0; c < table.ColumnCount; c++)
        {
            if (ReferenceEquals(table[row, c].Cell, cell))
            {
                return table.LocationOf(table[row, c]);
            }
        }

        return InTable(cell, table);
    }

    /// <summary>
    /// A cell's location in a table: with the table's number, or as it is where it names the table it is printed in already
    /// (a cell of a table the reader joined or split, <see cref="Printed"/>).
    /// </summary>
    private static SourceLocation InTable(DocumentCell cell, DocumentTable table) =>
        cell.Location.Table is null ? cell.Location with { Table = table.Number } : cell.Location;

    /// <summary>The sections' labels as compared.</summary>
    private static readonly string[] SectionLabels = [.. ReportFormat.Sections.Select(e => PrintedText.Label(e.LabelZh))];

    /// <summary>The sections' labels without their numeral (总体情况 …), as <see cref="TextSimilarity"/> compares them.</summary>
    private static readonly string[] SectionWords = [.. SectionLabels.Select(l => TextSimilarity.Normalize(l[2..]))];

    /// <summary>
    /// Which section heading a paragraph (its label as compared) is: the section, and whether as printed in the template
    /// (or a variant: the section's numeral, in brackets or not, and words close to the template's).
    /// </summary>
    private static (int? Section, bool Exact) HeadingMatch(string printed)
    {
        int exact = Array.IndexOf(SectionLabels, printed);
        if (exact >= 0)
        {
            return (exact, true);
        }

        Match m = SectionNumber().Match(printed);
        if (!m.Success)
        {
            return (null, false);
        }

        int s = Array.FindIndex(SectionLabels, l => l[0] == m.Groups["n"].Value[0]);
        string rest = m.Groups["rest"].Value;
        string expected = SectionLabels[s][2..];
        return rest == expected || (rest.Length <= (expected.Length * 2) + 4 && TextSimilarity.Dice(TextSimilarity.Normalize(rest), SectionWords[s]) >= 0.6) ? (s, false) : (null, false);
    }

    [GeneratedRegex(@"^\(?(?<n>[一二三四五六])\)?\.?(?<rest>.+)$")]
    private static partial Regex SectionNumber();

    /// <summary>A section's numeral alone, as labels are compared (<c>五、</c> is <c>五</c>; <c>(五)</c>).</summary>
    [GeneratedRegex(@"^(?:\([一二三四五六]\)|[一二三四五六])$")]
    private static partial Regex SectionNumeral();

    /// <summary>
    /// A section heading numbered otherwise than with its numeral (<c>1.总体情况</c>, <c>第一部分 总体情况</c>) or, where the
    /// document marks it as a heading (HTML h1–h6, Word's heading styles, Markdown's #), not numbered (<c>总体情况</c>): the
    /// section, only where the words are the template's as they stand (a sub-heading <c>2.主动公开情况</c> of 一 is not 二).
    /// </summary>
    private static int? OtherNumbering(string printed, bool marked)
    {
        // Most paragraphs are neither marked nor begin as the numbering does: no match is made for them.
        if (!marked && !(printed.StartsWith('第') || (printed.Length > 1 && printed[0] is >= '1' and <= '6' && printed[1] == '.')))
        {
            return null;
        }

        Match m = OtherSectionNumber().Match(printed);
        int s = !m.Success ? -1
            : m.Groups["d"].Success ? m.Groups["d"].Value[0] - '1'
            : "一二三四五六".IndexOf(m.Groups["n"].Value[0], StringComparison.Ordinal);
        if (s >= 0)
        {
            return m.Groups["rest"].Value == SectionLabels[s][2..] ? s : null;
        }

        int bare = marked ? Array.FindIndex(SectionLabels, l => l.AsSpan(2).SequenceEqual(printed)) : -1;
        return bare >= 0 ? bare : null;
    }

    [GeneratedRegex(@"^(?:第(?<n>[一二三四五六])部分:?|(?<d>[1-6])\.)(?<rest>.+)$")]
    private static partial Regex OtherSectionNumber();

    /// <summary>
    /// The title: the first paragraph before section 一 that ends with 报告; where it lacks the year (a title printed over
    /// two lines, 000) the lines above it are joined until it has one, and where it starts with the year (002) the short
    /// line above it, the agency's name, is joined too. Lines above the title are not the report's (a page's category).
    /// </summary>
    private static (string? Title, SourceLocation? Location, int End) FindTitle(ImmutableArray<DocumentBlock> blocks, int front)
    {
        var lines = new List<DocumentParagraph>();
        for (int b = 0; b < front; b++)
        {
            // Not `is not DocumentParagraph p || …`: Stryker's mutant of that condition leaves p unassigned, which does not
            // compile and puts the method in its safe mode (untested).
            if (blocks[b] is not DocumentParagraph)
            {
                continue;
            }

            var p = (DocumentParagraph)blocks[b];
            if (p.Text.Trim().Length == 0)
            {
                continue;
            }

            lines.Add(p);
            string label = PrintedText.Label(p.Text);

            // A page's link to another report (上一篇：《…报告》, 下一篇：…) is not the title. A title broken inside the
            // brackets of its year (…报告（2022年1月1日至 / 2022年12月31日）) ends on the line below (TitleAt).
            (DocumentParagraph? yearLine, int yearBlock) = LinesBelow(blocks, b + 1, front).FirstOrDefault();
            if (label.Length > MaxHeadingLength || !(EndsTitle(label) || BrokenInItsYear(label, yearLine))
                || label.StartsWith("上一篇:", StringComparison.Ordinal)
                || label.StartsWith("下一篇:", StringComparison.Ordinal) || label.Contains(":《", StringComparison.Ordinal))
            {
                continue;
            }

            (string title, int first, string yearBelow) = TitleAt(lines, yearLine);
            if (first > 0 && BeginsWithoutName(title) && IsAgencyLine(lines[first - 1].Text.Trim())
                && !lines[first - 1].Text.Contains(Subject, StringComparison.Ordinal))
            {
                first--;
                title = JoinedLines(lines, first) + yearBelow;
            }

            return (title, lines[first].Location, yearBelow.Length > 0 ? yearBlock + 1 : b + 1);
        }

        // No line ends with 报告: a document that marks its title as a heading (an HTML h1, a Word title style with an
        // outline level, a Markdown #) still has one, the first heading before section 一.
        for (int b = 0; b < front; b++)
        {
            if (blocks[b] is DocumentParagraph { IsHeading: true } p && p.Text.Trim().Length > 0)
            {
                return (Unindented(p.Text), p.Location, b + 1);
            }
        }

        return (null, null, 0);
    }

    /// <summary>
    /// The title printed again just below it (a site's page heading over an article that opens with its own title), on one
    /// line or over up to three, compared as labels are: the article's own, which is read as the title (its text as
    /// printed there, its place, and where the preamble starts after it), said by GID516; null where the title is not
    /// printed again.
    /// </summary>
    private (string Title, SourceLocation Location, int End)? RepeatedTitle(ImmutableArray<DocumentBlock> blocks, int titleEnd, int front, string title)
    {
        string expected = PrintedText.Label(title);
        string printed = string.Empty;
        var lines = new List<DocumentParagraph>(3);
        foreach ((DocumentParagraph p, int b) in LinesBelow(blocks, titleEnd, front))
        {
            printed += PrintedText.Label(p.Text);
            lines.Add(p);
            if (printed == expected)
            {
                string again = JoinedLines(lines, 0);
                Add(Rules.TitleRepeated, ReportFormat.Title.JsonPointer, lines[0].Location, new MessageArgument("title", again));
                return (again, lines[0].Location, b + 1);
            }

            if (!expected.StartsWith(printed, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The article's own title just below a heading that words it otherwise (a site's page heading 某某县2022年度政府信息公开
    /// 工作报告 over an article that opens with 某某县人民政府2022年政府信息公开工作年度报告): of the first three lines below it
    /// (lines that print nothing a label keeps passed over), up to the first that ends with 报告 (and the line under it where
    /// that is the title's year alone, <see cref="TitleAt"/>), joined as a title's lines are and starting on the first line; no line holds a sentence's
    /// punctuation as printed (a preamble's sentence ending with 报告 is no title); at most 80 characters as a label; the
    /// heading's year, and before it the same body's name (<see cref="SameAgency"/>). It is read as the title, the
    /// heading above it is not the report's (as any line above the title), and GID517 says so; null where the lines below
    /// are no such title.
    /// </summary>
    private (string Title, SourceLocation Location, int End)? TitleBelow(ImmutableArray<DocumentBlock> blocks, int titleEnd, int front, string heading)
    {
        if (YearOf(heading) is not { } year || AgencyOf(heading) is not { } agency)
        {
            return null;
        }

        // Three lines, and the one under them where the title's year stands alone below its words.
        (DocumentParagraph Line, int Block)[] below = [.. LinesBelow(blocks, titleEnd, front, 4)];
        var lines = new List<DocumentParagraph>(3);
        for (int i = 0; i < below.Length && lines.Count < 3; i++)
        {
            DocumentParagraph p = below[i].Line;

            // As printed, not as a label: a label drops the full stop or colon that ends a sentence. A year's period in dates
            // ending the line (（2022.1.1-2022.12.31）) is no sentence's.
            ReadOnlySpan<char> words = p.Text.AsSpan().TrimEnd();
            int open = words.LastIndexOfAny("（(【[");
            if (open > 0 && YearAlone().IsMatch(PrintedText.Label(words[open..].ToString())))
            {
                words = words[..open];
            }

            if (words.IndexOfAny(SentencePunctuation) >= 0)
            {
                return null;
            }

            lines.Add(p);
            if (!EndsTitle(PrintedText.Label(p.Text)))
            {
                continue;
            }

            (string title, int first, string yearBelow) = TitleAt(lines, i + 1 < below.Length ? below[i + 1].Line : null);
            int b = below[yearBelow.Length > 0 ? i + 1 : i].Block;

            // A line between the heading and the title (a page's 字号 大 中 小, an office's name) is not passed over.
            if (first > 0 || PrintedText.LabelLength(title) > MaxHeadingLength
                || (YearOf(title) != year && YearsNamed(PrintedText.Label(title)).Count < 2) || AgencyOf(title) is not { } named
                || !SameAgency(named, agency))
            {
                return null;
            }

            Add(Rules.TitleBelowHeading, ReportFormat.Title.JsonPointer, lines[0].Location, new MessageArgument("title", title), new MessageArgument("heading", heading));
            return (title, lines[0].Location, b + 1);
        }

        return null;
    }

    /// <summary>
    /// The first three lines (or <paramref name="count"/>) below a title (its last block is <paramref name="from"/> − 1) and their blocks' indexes, up to
    /// <paramref name="front"/> and the first block that is no paragraph (a table): where <see cref="RepeatedTitle"/> and
    /// <see cref="TitleBelow"/> look for the article's own title. A line that prints nothing a label keeps (white space, a
    /// lone 。 or “”) is passed over, as empty lines are.
    /// </summary>
    private static IEnumerable<(DocumentParagraph Line, int Block)> LinesBelow(ImmutableArray<DocumentBlock> blocks, int from, int front, int count = 3)
    {
        int found = 0;
        for (int b = from; b < front && found < count; b++)
        {
            if (blocks[b] is not DocumentParagraph)
            {
                yield break;
            }

            var p = (DocumentParagraph)blocks[b];
            if (PrintedText.LabelLength(p.Text) > 0)
            {
                found++;
                yield return (p, b);
            }
        }
    }

    /// <summary>
    /// Whether two titles' names (the text before the year) are the same body's, compared as labels: one begins with the
    /// other (某某县人民政府 and 某某县), neither being empty as a label (a zero-width space or a quote before the year is no
    /// name), so that words before the name (现将某某县…, a breadcrumb 首页>政务公开>某某县…) do not pass for it.
    /// </summary>
    private static bool SameAgency(string name, string other)
    {
        string a = PrintedText.Label(name);
        string b = PrintedText.Label(other);
        return a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    /// <summary>Punctuation of a sentence, full- and half-width: a title holds none.</summary>
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create("，,。．.｡：:；;！!？?、《》");

    /// <summary>Whether a line's label ends as a title does (报告, or 报告 and its year in brackets: <c>报告（2022年度）</c>).</summary>
    private static bool EndsTitle(string label)
    {
        ReadOnlySpan<char> words = label.AsSpan();
        if (TrailingYear().Match(label) is { Success: true } year)
        {
            words = words[..year.Index];
        }

        return words.TrimEnd('》').EndsWith("报告", StringComparison.Ordinal);
    }

    /// <summary>
    /// A title whose words end at the last of <paramref name="lines"/>: where the line <paramref name="below"/> them is a
    /// year alone (<c>（2022年度）</c>), that line ends it. The lines above are joined as <see cref="TitleEndingAt"/> joins
    /// them: while the title states no year, or, its year after its words, while it does not name 信息公开 (a title broken
    /// where its line was full: 某某县教育局政府信息 / 公开工作年度报告（2022年度）). The title, its first line's index, and
    /// the year line's text where it ends the title (else empty).
    /// </summary>
    private static (string Title, int First, string YearBelow) TitleAt(List<DocumentParagraph> lines, DocumentParagraph? below)
    {
        string yearBelow = below is not null && (YearAlone().IsMatch(PrintedText.Label(below.Text)) || BrokenInItsYear(PrintedText.Label(lines[^1].Text), below))
            ? below.Text.Trim()
            : string.Empty;
        bool yearAfter = yearBelow.Length > 0 || TrailingYear().IsMatch(PrintedText.Label(lines[^1].Text));
        (string title, int first) = TitleEndingAt(lines, yearBelow, yearAfter);
        return (title, first, yearBelow);
    }

    /// <summary>
    /// Whether a line's label is a title broken inside the brackets of its year after its words, the line
    /// <paramref name="below"/> closing them (…报告（2022年1月1日至 over 2022年12月31日）, …报告（2022年 over 度）): the
    /// brackets are open at the line's end, and the two lines joined end a title.
    /// </summary>
    private static bool BrokenInItsYear(string label, DocumentParagraph? below) =>
        below is not null && OpenAfterReport().IsMatch(label) && EndsTitle(label + PrintedText.Label(below.Text));

    /// <summary>A label ending in brackets opened after 报告 and not closed (<c>…报告(2022年1月1日至</c>).</summary>
    [GeneratedRegex(@"报告》?[(【\[][^)】\]]*$")]
    private static partial Regex OpenAfterReport();

    /// <summary>
    /// Whether a title states its year and prints no body's name before its year or its subject: it begins with its year
    /// (<c>2022年政府信息公开工作年度报告</c>) or with 政府信息公开 (<c>政府信息公开工作年度报告（2022年度）</c>), so that the
    /// short line above it is the name.
    /// </summary>
    private static bool BeginsWithoutName(string title)
    {
        string label = PrintedText.Label(title);
        return YearAt(label) is { Success: true } year
            && (year.Index == 0 || label.StartsWith(GovernmentSubject, StringComparison.Ordinal) || label.StartsWith(Subject, StringComparison.Ordinal));
    }

    /// <summary>
    /// A title whose last line is the last of <paramref name="lines"/> (then <paramref name="below"/>, a year line under
    /// it): the lines above it joined to it while it states no year, or where its year comes <paramref name="yearAfter"/>
    /// its words while it does not name 信息公开; three lines at most (a title printed over two lines, 000); the title and
    /// its first line's index.
    /// </summary>
    private static (string Title, int First) TitleEndingAt(List<DocumentParagraph> lines, string below = "", bool yearAfter = false)
    {
        int first = lines.Count - 1;
        string title = JoinedLines(lines, first) + below;
        while (first > 0 && first > lines.Count - 3
            && !(yearAfter ? PrintedText.Label(title).Contains(Subject, StringComparison.Ordinal) : TitleYear().IsMatch(title)))
        {
            title = JoinedLines(lines, --first) + below;
        }

        return (title, first);
    }

    /// <summary>A title printed over lines, from line <paramref name="first"/> to the last: joined with nothing between, the lines above the last trimmed and the last without its indentation.</summary>
    private static string JoinedLines(List<DocumentParagraph> lines, int first) =>
        string.Concat(lines.Skip(first).SkipLast(1).Select(l => l.Text.Trim())) + Unindented(lines[^1].Text);

    private static int? YearOf(string? title) =>
        title is not null && YearMatch(PrintedText.Label(title)) is { Success: true } year ? YearNumber(year.Value) : null;

    /// <summary>
    /// A title's year (<see cref="YearAt"/>), or an unsuccessful group where the title names two (<see cref="YearsNamed"/>):
    /// the reader does not choose one of them.
    /// </summary>
    private static Group YearMatch(string label) => YearsNamed(label).Count > 1 ? Match.Empty.Groups[0] : YearAt(label);

    /// <summary>
    /// Where a title's label prints its year: its own (<see cref="OwnYear"/>), else a period's first, in brackets or not,
    /// in dates too (<see cref="AnyPeriod"/>), else in brackets right after the title's words without 年
    /// (<c>…报告（2022）</c>); the year's four characters, or an unsuccessful group (a date's year alone is none). The place
    /// of the title's words and name, whether or not the title names a second year.
    /// </summary>
    private static Group YearAt(string label) =>
        OwnYear(label) is { Success: true } own ? own
            : AnyPeriod().Match(label) is { Success: true } period ? period.Groups["first"]
            : ReportYear().Match(label).Groups[1];

    /// <summary>
    /// A title's own year: the one before 年 and the report's subject (<see cref="SubjectYear"/>), else the first before 年
    /// that is no date's (a year followed by its month is a period's, or a date printed with the title:
    /// <c>_2023年01月20日</c>, <c>（2023年1月修订）</c>); an unsuccessful group where there is none.
    /// </summary>
    private static Group OwnYear(string label)
    {
        if (SubjectYear().Match(label) is { Success: true } subject)
        {
            return subject.Groups[1];
        }

        foreach (Match m in TitleYear().Matches(label))
        {
            if (!MonthAt().IsMatch(label, m.Index + m.Length))
            {
                return m.Groups[1];
            }
        }

        return Match.Empty.Groups[0];
    }

    /// <summary>
    /// The years a title's label names for its report: its own year (<see cref="OwnYear"/>; a year further on,
    /// <c>及2023年工作要点</c>, is not the report's); a span's two years (<c>2022-2023年度</c>,
    /// <c>2022年至2023年</c>); each period's years, in brackets or not (<see cref="AnyPeriod"/>; the year after the first
    /// where it ends in the next, <c>至次年6月30日</c>); and a year in brackets after the title's words (<c>报告（2022）</c>).
    /// </summary>
    private static HashSet<int> YearsNamed(string label)
    {
        var years = new HashSet<int>();
        if (OwnYear(label) is { Success: true } own)
        {
            years.Add(YearNumber(own.Value));
        }

        foreach (Match m in YearSpanStart().Matches(label))
        {
            years.Add(YearNumber(m.Groups[1].Value));
            years.Add(YearNumber(m.Groups["second"].Value));
        }

        foreach (Match m in AnyPeriod().Matches(label))
        {
            int first = YearNumber(m.Groups["first"].Value);
            years.Add(first);
            if (m.Groups["last"].Success)
            {
                years.Add(YearNumber(m.Groups["last"].Value));
            }
            else if (m.Groups["next"].Success)
            {
                years.Add(first + 1);
            }
        }

        if (ReportYear().Match(label) is { Success: true } after)
        {
            years.Add(YearNumber(after.Groups[1].Value));
        }

        return years;
    }

    /// <summary>A month right where the pattern starts (<c>1月</c>, <c>01月</c>, <c>十二月</c>, <c>元月</c>): the year before it is a date's.</summary>
    [GeneratedRegex(@"\G" + PrintedMonth)]
    private static partial Regex MonthAt();

    /// <summary>The years a title names where it names more than one (<see cref="YearsNamed"/>), as the refusal says them.</summary>
    private static string TwoYears(string? title) =>
        title is not null && YearsNamed(PrintedText.Label(title)) is { Count: > 1 } years
            ? $" (it names {string.Join(" and ", years.Order())})"
            : string.Empty;

    /// <summary>
    /// The first year of a span of years (<c>2022-2023年度</c>, <c>2022年至2023年</c>), its group the year's, and the span's
    /// second year, looked at and not taken, its group <c>second</c>.
    /// </summary>
    [GeneratedRegex(PrintedYear + @"年?(?:" + Dashes + @"|至|到)(?=(?<second>" + PrintedYear + ")年)")]
    private static partial Regex YearSpanStart();

    /// <summary>The dashes a period or a span of years is printed with, one or more (a label's are half width).</summary>
    private const string Dashes = "[-—–―~〜\u2010\u2011\u2012\u2212－～]+";

    /// <summary>
    /// A title's year as printed, in figures (2022, ２０２２) or in Chinese numerals digit by digit (二〇二二, its zero typed as
    /// 〇, 零, the circle ○ or ◯, or the letter O).
    /// </summary>
    private static int YearNumber(string printed)
    {
        int year = 0;
        foreach (char c in printed)
        {
            int digit = c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1;
            year = (year * 10) + digit;
        }

        return year;
    }

    private static string? AgencyOf(string? title)
    {
        if (title is null)
        {
            return null;
        }

        string line = title.Replace('\n', ' ');
        Match m = SubjectYear().Match(line) is { Success: true } before ? before : TitleYear().Match(line);
        int end = m.Index;

        // 某某县教育局2022-2023年度…: the span's first year is not the name's either.
        foreach (Match span in YearSpanStart().Matches(line))
        {
            end = span.Index + span.Length == m.Index ? span.Index : end;
        }

        // 《某某县2022年政府信息公开工作年度报告》: the book title mark opens the title, not the name; nor is a page's label
        // (标题：…), nor a colon after the name (某某县人民政府:2022年…).
        string name = m.Success ? string.Concat(title[..end].Where(c => !char.IsWhiteSpace(c))) : string.Empty;

        // 某某县教育局政府信息公开工作年度报告（2022年度）: the year after the title's words (a page's title may go on with
        // its site's name); the name is what precedes them (政府信息公开, else 信息公开), the name's own 政府 kept
        // (某某县人民政府政府信息公开…: 某某县人民政府).
        string label = PrintedText.Label(title);
        if (YearAt(label) is { Success: true } after && label.AsSpan(0, after.Index).TrimEnd('自').TrimEnd("(【[").TrimEnd('》').EndsWith("报告", StringComparison.Ordinal))
        {
            string words = label[..after.Index];
            int at = words.LastIndexOf(GovernmentSubject, StringComparison.Ordinal);
            at = at >= 0 ? at : words.LastIndexOf(Subject, StringComparison.Ordinal);
            name = at > 0 ? words[..at] : string.Empty;
        }

        int colon = name.IndexOfAny([':', '：']);
        if (colon >= 0 && TitleLabels.Contains(name[..colon]))
        {
            name = name[(colon + 1)..];
        }

        name = name.TrimStart('《').TrimEnd(':', '：');

        // 2023年01月20日 某某县教育局政府信息公开…（2022年度）: a page's date before the title is not the name's.
        name = name[LeadingDate().Match(name).Length..];

        // 某某县人民政府关于2022年政府信息公开工作年度报告的报告: 关于 (about) is not the name's.
        if (name.EndsWith("关于", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        // 某某县人民政府信息公开工作2022年度报告: the report's subject printed before the year is not the name's either. Its
        // 政府 (政府信息公开) is the name's where the name has none of its own (某某县政府信息公开工作: 某某县政府, as printed);
        // where the name has one, it is printed twice (某某县人民政府政府信息公开) and once is the name's.
        if (TitleSubjects.FirstOrDefault(subject => name.EndsWith(subject, StringComparison.Ordinal)) is { } subject)
        {
            name = name[..^subject.Length];
            if (name.EndsWith("政府政府", StringComparison.Ordinal))
            {
                name = name[..^2];
            }
        }

        return name.Length > 0 ? name : null;
    }

    /// <summary>A date at the start of a name (<c>2023年01月20日</c>, <c>2023年1月</c>), as a page may print one before its title.</summary>
    [GeneratedRegex("^" + PrintedYear + "年" + PrintedDay)]
    private static partial Regex LeadingDate();

    /// <summary>The labels a page prints before a title (标题：…), which are not the agency's name.</summary>
    private static readonly string[] TitleLabels = ["标题", "题名", "名称", "文件名称", "文章标题"];

    /// <summary>The report's subject as a title may print it before the year (<c>某某县人民政府信息公开工作2022年度报告</c>), longest first.</summary>
    private static readonly string[] TitleSubjects = [Subject + "工作", Subject];

    /// <summary>The report's subject as its title names it (政府信息公开工作年度报告), with and without its 政府.</summary>
    private const string Subject = "信息公开", GovernmentSubject = "政府" + Subject;

    /// <summary>
    /// A title's year: four figures, or four Chinese numerals of which one at least is no zero (a zero typed as 〇, 零, ○, ◯
    /// or the letter O, half or full width: 二ＯＯ九 is a year, ＯＯ镇 is a name), then 年.
    /// </summary>
    [GeneratedRegex(PrintedYear + @"\s*年")]
    private static partial Regex TitleYear();

    /// <summary>
    /// A title's year as <see cref="TitleYear"/> reads it right before the report's subject (<c>2022年政府信息公开</c>,
    /// <c>2022年度信息公开</c>, <c>信息公开工作2022年度报告</c>): the report's year where the title names other years before it
    /// (<c>某某县2035年远景规划办公室2022年政府信息公开…</c>, <c>北京2022年冬奥会组委会2021年政府信息公开…</c>).
    /// </summary>
    [GeneratedRegex(PrintedYear + @"\s*年(?=\s*度?\s*(?:政府)?信息公开|\s*度?(?:工作)?(?:年度)?报告)")]
    private static partial Regex SubjectYear();

    /// <summary>A year's four figures or four Chinese numerals as <see cref="TitleYear"/> reads them (the year's group).</summary>
    private const string PrintedYear = @"([0-9０-９]{4}|(?=[〇零○◯OoＯｏ]{0,3}[一二三四五六七八九])[〇零○◯OoＯｏ一二三四五六七八九]{4})";

    /// <summary>
    /// A year ending a title's label (<see cref="PrintedYearAfter"/>), inside the title's closing book mark or not.
    /// </summary>
    [GeneratedRegex("(?:" + PrintedYearAfter + ")》?$")]
    private static partial Regex TrailingYear();

    /// <summary>A line's label that is a year alone (<see cref="PrintedYearAfter"/>: <c>(2022年度)</c>, <c>2022年</c>, <c>(2022年1月1日至12月31日)</c>).</summary>
    [GeneratedRegex("^(?:" + PrintedYearAfter + ")$")]
    private static partial Regex YearAlone();

    /// <summary>
    /// A year as a title prints it after its words: in brackets or not (<c>(2022年度)</c>, <c>【2022年】</c>,
    /// <c>2022年度</c>; without 年 only in brackets, <c>(2022)</c>; a label's round and square brackets are half width), or
    /// the year's period in brackets (<see cref="PrintedPeriod"/>).
    /// </summary>
    private const string PrintedYearAfter =
        @"[(【\[]" + PrintedYear + @"(?:年度?)?[)】\]]|[(【\[]?" + PrintedYear + @"年度?[)】\]]?|" + PrintedPeriod;

    /// <summary>
    /// A period in brackets from a day (or month) of a year to a day of the same year or of one not printed
    /// (<c>(2022年1月1日至2022年12月31日)</c>, <c>【2022年1月1日—12月31日】</c>, <c>(2022年1月至12月)</c>,
    /// <c>(2022年1月1日起至2022年12月31日止)</c>, <c>(2022年1-12月)</c>, <c>(2022年元月1日至12月31日)</c>), its years'
    /// groups <c>first</c> and <c>last</c>; opened with 自 (<c>(自2022年1月1日起至2022年12月31日止)</c>), the months joined
    /// by 至 (<c>(2022年1至12月)</c>), any dash (<see cref="Dashes"/>), the last day's year named as the next
    /// (<c>至次年6月30日</c>). The pattern takes a last year whatever it is; <see cref="YearMatch"/> reads no year from a
    /// period across two (<c>(2022年7月1日至2023年6月30日)</c>, <see cref="YearsNamed"/>). Its days may be printed as dates
    /// in figures (<see cref="PrintedDates"/>).
    /// </summary>
    private const string PrintedPeriod = @"[(【\[](?:" + PeriodWords + "|" + PrintedDates + @")[)】\]]";

    /// <summary>
    /// A period's words inside its brackets (<see cref="PrintedPeriod"/>): its first year's group <c>first</c>, its last's
    /// <c>last</c>, or <c>next</c> where it names the next year so (次年, 翌年, 下一年).
    /// </summary>
    private const string PeriodWords =
        @"自?(?<first>" + PrintedYear + @")年(?:" + PrintedDay + @"起?|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|元)(?=至|到|" + Dashes + @"))(?:至|到|" + Dashes + @")(?:(?<last>"
        + PrintedYear + @")年|(?<next>次|翌|下一?)年)?" + PrintedDay + "止?";

    /// <summary>A period anywhere in a label, in brackets or not (a page's title: <c>…报告_2022年7月1日至2023年6月30日</c>).</summary>
    [GeneratedRegex(PeriodWords + "|" + PrintedDates)]
    private static partial Regex AnyPeriod();

    /// <summary>
    /// A period's two days as dates in figures, the year's four figures first, then the month and perhaps the day, parted
    /// by dots or slashes (<c>2022.1.1-2022.12.31</c>, <c>2022/01/01至2022/12/31</c>, <c>2022.1-12</c>, the last day's
    /// year not printed or printed) or by hyphens, the two days then joined by a word or a long dash, never a hyphen
    /// (<c>2022-01-01至2022-12-31</c>; <c>2023-01-20</c>, a date alone, is no period), the same character all along.
    /// </summary>
    private const string PrintedDates =
        @"(?<first>[0-9]{4})(?:(?<sep>[./])" + DateAfterYear + @"(?:至|到|" + Dashes + @")|(?<sep>-)" + DateAfterYear + @"(?:至|到|[—–―~〜\u2012\u2212]+))"
        + @"(?:(?<last>[0-9]{4})\k<sep>)?[0-9]{1,2}(?:\k<sep>[0-9]{1,2})?";

    /// <summary>A date's month and perhaps its day after its year, parted as the year is from the month (<c>.1.1</c>).</summary>
    private const string DateAfterYear = @"[0-9]{1,2}(?:\k<sep>[0-9]{1,2})?";

    /// <summary>A day (or a month alone) of a period, in figures or in Chinese numerals: <c>1月1日</c>, <c>十二月三十一日</c>, <c>12月</c>, <c>元月</c>.</summary>
    private const string PrintedDay = PrintedMonth + "(?:[0-9〇零一二三四五六七八九十]{1,3}日)?";

    /// <summary>A month, in figures or in Chinese numerals: <c>1月</c>, <c>01月</c>, <c>十二月</c>, <c>元月</c>.</summary>
    private const string PrintedMonth = "(?:[0-9〇零一二三四五六七八九十]{1,2}|元)月";

    /// <summary>A period in brackets as <see cref="PrintedPeriod"/> reads it, anywhere in a label.</summary>
    [GeneratedRegex(PrintedPeriod)]
    private static partial Regex Period();

    /// <summary>A year in brackets right after a title's words, 年 or not (<c>报告(2022)</c>, <c>报告》【2022年度】</c>).</summary>
    [GeneratedRegex(@"报告》?[(【\[]" + PrintedYear + @"(?:年度?)?[)】\]]")]
    private static partial Regex ReportYear();

    /// <summary>
    /// The closing lines after the last section heading: the date (a paragraph that is only a date) and the signature, the
    /// short line just above the date; without a date, the document's last paragraph when it is a short line naming the
    /// agency (the title's name, or the caller's). Without a closing date the page's own date is used, with a finding.
    /// Returns the date, the block where the closing lines start, and the signature.
    /// </summary>
    private (DateOnly? Date, int ClosingStart, DocumentParagraph? Signature) FindClosing(
        ImmutableArray<DocumentBlock> blocks, int[] headings, string? agency, (DocumentParagraph Line, DateOnly Date)? headerDate)
    {
        int last = headings.Max();
        for (int b = blocks.Length - 1; b > last; b--)
        {
            if (blocks[b] is DocumentParagraph p && ClosingDate(p) is { } date
                && !(PrintedText.IsLabelledDate(p.Text) && DatedAbove(blocks, b, last, agency)))
            {
                _locations[ReportFormat.PublishedOn.JsonPointer] = p.Location;
                SayAfterClosing(blocks, headings, b);
                // The line just above the date signs it; across empty paragraphs, only a line naming the agency does (a
                // short last line of the narrative, such as 无, stays the narrative's).
                int above = PrintedBefore(blocks, b);
                return above > last && blocks[above] is DocumentParagraph signature && IsSignatureLine(signature.Text, agency)
                    && (above == b - 1 || NamesAgency(signature.Text, agency))
                    ? (date, above, signature)
                    : (date, b, null);
            }

            if (blocks[b] is DocumentParagraph line && SignedDate(line, agency) is ({ } signedBy, { } signedOn))
            {
                // The signature and the date on one line (涞源县人民政府　2023年1月15日: right-aligned lines run together).
                _locations[ReportFormat.PublishedOn.JsonPointer] = line.Location;
                SayAfterClosing(blocks, headings, b);
                return (signedOn, b, signedBy);
            }
        }

        DocumentParagraph? named = null;
        int closingStart = blocks.Length;
        int lastPrinted = PrintedBefore(blocks, blocks.Length);
        if (lastPrinted > last && blocks[lastPrinted] is DocumentParagraph end && IsSignatureLine(end.Text, agency) && NamesAgency(end.Text, agency))
        {
            (named, closingStart) = (end, lastPrinted);
        }

        // The page's own date: the format's (a page's 发布日期 line before the article, its metadata), else a date line of
        // the article's header copied with it.
        (DateOnly? pageDate, SourceLocation? where) = _document.PageDate is { } page && PrintedText.Date(page, wholeText: false) is { } onPage
            ? (onPage, _document.PageDateLocation)
            : (headerDate?.Date, headerDate?.Line.Location);
        if (pageDate is { } used)
        {
            if (where is not null)
            {
                _locations[ReportFormat.PublishedOn.JsonPointer] = where;
            }

            Add(Rules.PageDateUsed, ReportFormat.PublishedOn.JsonPointer, where, new MessageArgument("date", used.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            return (used, closingStart, named);
        }

        return (null, closingStart, named);
    }

    /// <summary>The date of a closing line: a line of at most 40 characters that is only a date (perhaps labelled).</summary>
    private static DateOnly? ClosingDate(DocumentParagraph p) =>
        p.Text.AsSpan().Trim().Length <= 40 ? PrintedText.Date(p.Text, wholeText: true) : null;

    /// <summary>
    /// Whether one of the three lines printed above block <paramref name="b"/> (after the last heading) is a closing date
    /// without a label, alone or beside its signature: the report's own date, before a page footer's labelled one.
    /// </summary>
    private static bool DatedAbove(ImmutableArray<DocumentBlock> blocks, int b, int last, string? agency)
    {
        int above = b;
        for (int seen = 0; seen < 3; seen++)
        {
            above = PrintedBefore(blocks, above);
            if (above <= last || blocks[above] is not DocumentParagraph p)
            {
                return false;
            }

            if ((!PrintedText.IsLabelledDate(p.Text) && ClosingDate(p) is not null)
                || SignedDate(p, agency) is (not null, not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The article's header line that dates the page, copied with the article (<c>发布日期：2023-01-18　来源：县政府办</c>,
    /// <c>【发布时间：2023.01.18】</c>), before section 一: a line of at most 100 characters, without a sentence's ， or 。
    /// (时间：2022年1月1日至12月31日，本机关… is the overview's), that starts with such a label
    /// (成文日期, the date written, among them, though its date is not the page's) and names the page's date after 发布日期,
    /// 发布时间, 发稿时间, 时间 or 日期. It is the page's, not the overview's text; null where there is none.
    /// </summary>
    private static (DocumentParagraph Line, DateOnly Date)? HeaderDate(ImmutableArray<DocumentBlock> blocks, int front)
    {
        for (int b = 0; b < front; b++)
        {
            if (blocks[b] is DocumentParagraph p && p.Text.Length <= 100 && p.Text.AsSpan().IndexOfAny('，', '。') < 0 && HeaderDateLabel().IsMatch(p.Text)
                && HeaderDateValue().Match(p.Text) is { Success: true } m && PrintedText.Date(m.Groups["date"].Value, wholeText: false) is { } date)
            {
                return (p, date);
            }
        }

        return null;
    }

    /// <summary>A header line's start: a date's label, or another short label of the header before a 发布日期 further on (信息来源：县政府办　发布日期：…).</summary>
    [GeneratedRegex(@"^\s*[\[【(（]?\s*(?:(?:发布日期|发布时间|发稿时间|成文日期|时间|日期)\s*[：:]|(?!上一篇|下一篇|相关)[\u4e00-\u9fff]{2,6}\s*[：:].*(?:发布日期|发布时间|发稿时间)\s*[：:])")]
    private static partial Regex HeaderDateLabel();

    /// <summary>The page's date after its label, not the start of a period (时间：2022年1月1日至2022年12月31日).</summary>
    [GeneratedRegex(@"(?<!成文|统计)(?:发布日期|发布时间|发稿时间|时间|日期)\s*[：:]\s*(?<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})(?!\d)(?!\s*日?\s*起?\s*(?:至|到|[-—~～－]\s*\d))")]
    private static partial Regex HeaderDateValue();

    /// <summary>
    /// Says each paragraph printed after the closing date (block <paramref name="date"/>): （此件公开发布）, a contact line,
    /// an attachment's name belong to no section, so they are not read, but not dropped without a word (GID522).
    /// </summary>
    private void SayAfterClosing(ImmutableArray<DocumentBlock> blocks, int[] headings, int date)
    {
        if (headings.Max() < 0)
        {
            // No section heading: the narratives are not cut at a closing date, so what follows it is read after all.
            return;
        }

        foreach (DocumentParagraph after in Paragraphs(blocks, date + 1, blocks.Length))
        {
            Add(Rules.TextAfterClosing, ReportFormat.PublishedOn.JsonPointer, after.Location, new MessageArgument("text", after.Text.Trim()));
        }
    }

    /// <summary>
    /// A closing line that holds the signature and the date, white space between them, and nothing else
    /// (<c>涞源县人民政府　2023年1月15日</c>, or the date first): the signature as a paragraph of its own (where the line
    /// starts) and the date; null where the line is not that: the part beside the date must sign as
    /// <see cref="FindClosing"/>'s signature line does and name the agency, or read as a body's name
    /// (<see cref="BodySuffixes"/>, no punctuation) where no agency is known.
    /// </summary>
    private static (DocumentParagraph? Signature, DateOnly? Date) SignedDate(DocumentParagraph line, string? agency)
    {
        string text = line.Text.Trim();
        if (text.Length > 80)
        {
            return (null, null);
        }

        for (int k = 1; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]) || char.IsWhiteSpace(text[k - 1]))
            {
                continue;
            }

            // Either side of this space may be the date (a date may hold spaces: 2023 年 1 月 15 日, so the first space
            // that leaves a date after it, or the last that leaves one before it).
            foreach ((string dated, string signed) in new[] { (text[k..], text[..k]), (text[..k], text[k..]) })
            {
                if (PrintedText.Date(dated, wholeText: true) is { } date)
                {
                    string name = signed.Trim();
                    return Signs(name, agency) ? (new DocumentParagraph(name, line.Location), date) : (null, null);
                }
            }
        }

        return (null, null);

        static bool Signs(string name, string? agency) =>
            name.Length > 0 && IsSignatureLine(name, agency)
            && (agency is not null ? name.AsSpan().IndexOfAny(SentencePunctuation) < 0 && NamesAgency(name, agency) : ReadsAsBodyName(name));
    }

    /// <summary>Whether a line reads as a body's name: it ends as one does (<see cref="BodySuffixes"/>) and holds no punctuation.</summary>
    private static bool ReadsAsBodyName(string line) =>
        line.AsSpan().IndexOfAny(SentencePunctuation) < 0 && BodySuffixes.Any(suffix => line.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>
    /// A paragraph's text without its indentation: white space at either end that holds an ideographic space (the
    /// 全角空格 Chinese documents indent with) is layout, not text. Other white space the format reader kept is the
    /// text's (the format readers trim what their format does not show: text lines, a page's collapsed spaces).
    /// </summary>
    internal static string Unindented(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        bool indentAtStart = text.AsSpan(0, start).Contains('\u3000');
        bool indentAtEnd = text.AsSpan(end).Contains('\u3000');
        return indentAtStart || indentAtEnd ? text[(indentAtStart ? start : 0)..(indentAtEnd ? end : text.Length)] : text;
    }

    /// <summary>
    /// The nearest block before <paramref name="block"/> that prints something: a paragraph of white space (a document
    /// spacing its closing lines with empty paragraphs) prints nothing; −1 when there is none.
    /// </summary>
    private static int PrintedBefore(ImmutableArray<DocumentBlock> blocks, int block)
    {
        int before = block - 1;
        while (before >= 0 && blocks[before] is DocumentParagraph p && p.Text.Trim().Length == 0)
        {
            before--;
        }

        return before;
    }

    /// <summary>Whether a line holds the agency's name (its label as compared).</summary>
    private static bool NamesAgency(string text, string? agency) => agency is not null && PrintedText.Label(text).Contains(PrintedText.Label(agency), StringComparison.Ordinal);

    /// <summary>
    /// A line that can sign a report: no sentence, and short: at most 40 characters, or, where it names the agency, at
    /// most 20 more than the agency's name (a body whose name is long, 某某县人民政府办公室（某某县人民政府政务公开与政府信息公开
    /// 工作领导小组办公室） signing with it). Never a blank one: <see cref="PrintedBefore"/> passes over those.
    /// </summary>
    private static bool IsSignatureLine(string text, string? agency)
    {
        int length = text.Trim().Length;
        return !text.Contains('。', StringComparison.Ordinal)
            && (length <= 40 || (agency is not null && length <= PrintedText.Label(agency).Length + 20 && NamesAgency(text, agency)));
    }

    /// <summary>
    /// The agency: the caller's; otherwise the signature's name where the signature holds the title's (<c>灵丘县武灵镇人民政府</c>
    /// signs a report titled <c>灵丘县武灵镇2022年度…</c>), said when it names the body more fully; otherwise the title's.
    /// </summary>
    private string AgencyFromSignature(string titleAgency, DocumentParagraph? signature)
    {
        if (_options.AgencyName is not null || signature is null)
        {
            return titleAgency;
        }

        // A name, not a paragraph's text: white space typed around it (a Word signature pushed right with spaces, or one
        // left after it) is not the name's, as the title's name has none.
        string signed = signature.Text.Trim();
        string label = PrintedText.Label(signed);
        string titleLabel = PrintedText.Label(titleAgency);
        if (!label.Contains(titleLabel, StringComparison.Ordinal))
        {
            return titleAgency;
        }

        _locations[ReportFormat.AgencyName.JsonPointer] = signature.Location;
        if (label != titleLabel)
        {
            Add(Rules.AgencyFromSignature, ReportFormat.AgencyName.JsonPointer, signature.Location, new("title", titleAgency), new("signature", signed));
        }

        return signed;
    }

    /// <summary>
    /// The agency where the title names none before its year (a department's page titled 2022年政府信息公开工作年度报告) and
    /// the caller gives none: the signature's, the line just above the closing date, where it reads as a body's name (it
    /// ends as one does, <see cref="BodySuffixes"/>, and holds no punctuation (<see cref="SentencePunctuation"/>): a
    /// narrative's short last line such as 无, or 地址：某某县人民政府, does not), said by GID518; otherwise the document cannot be read without the caller's name.
    /// </summary>
    private string AgencyFromSignatureAlone(DocumentParagraph? signature, string? title, SourceLocation? titleLocation)
    {
        string? signed = signature?.Text.Trim();
        if (signed is null || !ReadsAsBodyName(signed))
        {
            throw new DocumentReadException(
                "the title names no agency before the year and no signature above the closing date names one; give the agency's name (ImportOptions.AgencyName, gidr --agency).", File, titleLocation);
        }

        _locations[ReportFormat.AgencyName.JsonPointer] = signature!.Location;
        Add(Rules.AgencyFromSignatureAlone, ReportFormat.AgencyName.JsonPointer, signature.Location, new("title", title ?? string.Empty), new("signature", signed));
        return signed;
    }

    /// <summary>
    /// How the name of an administrative body ends (a government, a department, a commission (委, 委员会, 管委会), an office,
    /// a brigade, a society, a township or street (街道, 街道办事处)): not a place alone (县, 市, 区 end many a sentence's
    /// words), nor 站 (网站).
    /// </summary>
    private static readonly string[] BodySuffixes = ["政府", "局", "办公室", "委", "厅", "部", "署", "院", "所", "处", "中心", "队", "会", "镇", "乡", "街道"];

    private static IEnumerable<DocumentParagraph> Paragraphs(ImmutableArray<DocumentBlock> blocks, int from, int to)
    {
        for (int b = from; b < to && b < blocks.Length; b++)
        {
            if (blocks[b] is DocumentParagraph p && p.Text.Trim().Length > 0)
            {
                yield return p;
            }
        }
    }

    private static IEnumerable<DocumentParagraph> SectionParagraphs(ImmutableArray<DocumentBlock> blocks, int[] headings, int section, int closingStart)
    {
        if (headings[section] < 0)
        {
            return [];
        }

        int end = headings.Where(h => h > headings[section]).DefaultIfEmpty(blocks.Length).Min();
        return Paragraphs(blocks, headings[section] + 1, Math.Min(end, closingStart));
    }

    /// <summary>The paragraphs of a section, a sub-heading printed on its own line becoming the heading of the paragraph that follows.</summary>
    private Narrative? NarrativeOf(IEnumerable<DocumentParagraph> paragraphs, FormatEntry section)
    {
        // Texts are built in StringBuilders: a hostile document of many paragraphs joined one to the next stays linear.
        var result = new List<(string? Heading, System.Text.StringBuilder Text)>();
        string? heading = null;
        bool continues = false;
        foreach (DocumentParagraph p in paragraphs)
        {
            string text = Unindented(p.Text);
            bool isSubHeading = p.IsHeading || (!_marksSubHeadings && IsSubHeading(text));
            if (continues && !isSubHeading && !SubHeadingNumber().IsMatch(PrintedText.Label(text)))
            {
                System.Text.StringBuilder previous = result[^1].Text;
                // Eight code units each, widened so as not to split a character past the basic plane (a picture font's 🗸).
                int start = previous.Length - Math.Min(8, previous.Length);
                start -= start > 0 && char.IsLowSurrogate(previous[start]) ? 1 : 0;
                int length = Math.Min(8, text.Length);
                length += length < text.Length && char.IsHighSurrogate(text[length - 1]) ? 1 : 0;
                Add(Rules.ParagraphJoined, $"{section.JsonPointer}/{result.Count - 1}", p.Location, new("end", previous.ToString(start, previous.Length - start)), new("next", text[..length]));
                previous.Append(text);
                continues = StopsMidSentence(previous.Length, text);
                continue;
            }

            continues = false;
            if (isSubHeading)
            {
                if (heading is not null)
                {
                    result.Add((heading, new System.Text.StringBuilder()));
                }

                heading = text;
                _locations[$"{section.JsonPointer}/{result.Count}"] = p.Location;
                continue;
            }

            _locations.TryAdd($"{section.JsonPointer}/{result.Count}", p.Location);
            result.Add((heading, new System.Text.StringBuilder(text)));
            heading = null;
            continues = !_marksHeadings && StopsMidSentence(text.Length, text);
        }

        if (heading is not null)
        {
            result.Add((heading, new System.Text.StringBuilder()));
        }

        return result.Count == 0 ? null : new Narrative(result.Select(r => new Paragraph { Heading = r.Heading, Text = r.Text.ToString() }));
    }

    /// <summary>
    /// Whether a paragraph stops in mid-sentence, as where a page break of the extraction split it: at least 30 characters,
    /// ending with a Chinese character or 、 or ，, not with closing punctuation.
    /// </summary>
    private static bool StopsMidSentence(int length, string lastPiece) =>
        length >= 30 && lastPiece.Length > 0 && (lastPiece[^1] is '、' or '，' || (lastPiece[^1] >= '\u4E00' && lastPiece[^1] <= '\u9FFF'));

    /// <summary>A sub-heading: a short numbered line (<c>（一）主动公开情况</c>, <c>一、…</c>, <c>1.…</c>) with no sentence in it.</summary>
    private static bool IsSubHeading(string text) =>
        text.Length <= 30 && SubHeadingNumber().IsMatch(PrintedText.Label(text)) && text.IndexOfAny(['。', '！', '？', '；', '，', ',', ';']) < 0;

    [GeneratedRegex(@"^(\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}\.|[0-9]{1,2}\.)\S")]
    private static partial Regex SubHeadingNumber();
}
