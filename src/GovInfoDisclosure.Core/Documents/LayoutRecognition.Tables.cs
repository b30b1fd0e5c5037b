using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>The tables: rows found by their labels, numbers placed by the header labels above them.</summary>
internal sealed partial class LayoutRecognition
{
    private readonly HashSet<DocumentCell> _variantsSaid = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(int Table, int Section)> _templateOrderSaid = [];

    /// <summary>The tables' sections whose header was said not to line up with the rows (GID523 once for each).</summary>
    private readonly HashSet<(int Table, int Section)> _misalignedSaid = [];
    private bool _otherHandlingAsOneRow;

    /// <summary>Whether a 2019-edition document printed （六）其他处理 as the 2021 edition's sub-rows (GID519, said once).</summary>
    private bool _otherHandlingSubRows;

    /// <summary>
    /// The 2021 sub-rows of （六）其他处理 a 2019-edition document printed before any row of its own (blank, GID519): where its
    /// own row follows, that row is read after all, and these are said as rows the template does not have (GID521).
    /// </summary>
    private List<(DocumentTable Table, GridOrigins Origins, int Row)>? _subRowsBlanked;

    /// <summary>The section of each data row of the table being read (where its row's header search stops).</summary>
    private int[] _rowSections = [];

    /// <summary>The unit the procurement amount's column header prints (<c>采购总金额（万元）</c>), 2019 edition.</summary>
    private MoneyUnit? _headerUnit;

    /// <summary>The header over an amount where it prints a unit not read (千元, 美元): the amount is blank (GID524).</summary>
    private string? _headerUnitNotRead;

    /// <summary>The last header match made, reused by the next data rows under the same header (<see cref="MatchHeader"/>).</summary>
    private HeaderMatch? _lastHeader;

    /// <summary>
    /// The last header found over a row (not over an amount): a table's part printed without one (a table broken by a
    /// page) is read by it (<see cref="Place"/>).
    /// </summary>
    private HeaderMatch? _headerAbove;

    /// <summary>The header cell over the row last matched that names a column only the other edition prints (2019 edition).</summary>
    private (int Row, int Index)? _foreignHeader;

    /// <summary>
    /// The row of （六）其他处理 read where it prints nothing after its label (a blank one right above 2021's sub-rows heads
    /// them); null where the row read prints something, or none was read.
    /// </summary>
    private (DocumentTable Table, int Row)? _otherHandlingBlank;

    /// <summary>The unit of the procurement amount read (its cell's, or its header's), 2019 edition.</summary>
    private MoneyUnit? _procurementUnit;

    /// <summary>Reads every table of the document; returns, for each data row of the printed layout, whether it was found.</summary>
    private bool[] ReadTables(List<DocumentTable> tables, string[][][] labels)
    {
        bool[] read = new bool[_layout.Rows.Length];
        for (int t = 0; t < tables.Count; t++)
        {
            DocumentTable table = tables[t];
            bool merged = IsMerged(table);
            var origins = new GridOrigins(table, merged);
            string[][] keys = labels[t];
            bool[] dataRows = new bool[table.Rows.Length];
            _rowSections = new int[table.Rows.Length];
            bool caseHeaderSeen = false;
            bool subRows = false;

            // Rows printing numbers under no label of the template, each with the section of the last row read above it
            // (-1 before any): said when the table is done, as no row of the report takes their numbers.
            List<(int Row, int Section)>? unread = null;
            int section = -1, firstSection = -1;
            int previousMatch = -1; // the row read last in this table, whose group a renumbered sub-row may belong to
            for (int r = 0; r < table.Rows.Length; r++)
            {
                ImmutableArray<DocumentCell> cells = table.Rows[r];
                if (_layout.OtherEditionSubRows.Count > 0 && SubRowOfOtherEdition(keys[r], subRows) is int subLabel)
                {
                    // A 2019-edition document printing （六）其他处理 as 2021's sub-rows: the edition's one row is not printed,
                    // and adding the sub-rows up would be the reader's sum, not the document's. Blank, said once.
                    subRows = true;
                    dataRows[r] = true;
                    PrintedRow otherHandling = _layout.Rows[_layout.OtherHandlingOther];
                    _rowSections[r] = otherHandling.Section;
                    _locations.TryAdd(otherHandling.Entry.JsonPointer, origins.LocationOf(r, subLabel));

                    // Where the document printed the edition's own row too (read before), that row stands and the
                    // sub-rows' numbers are not read (said as any row the template does not have). An own row printing
                    // nothing heads the sub-rows, as 2021's group label does: the sub-rows are said as 2021's.
                    bool headed = _otherHandlingBlank is (DocumentTable blankTable, int blankRow) && blankTable == table
                        && PrintingRowAbove(table, r) == blankRow;
                    if (read[_layout.OtherHandlingOther] && _subRowsBlanked is null && !headed)
                    {
                        if (FirstNumber(cells, subLabel + 1) >= 0)
                        {
                            (unread ??= []).Add((r, otherHandling.Section));
                        }
                    }
                    else
                    {
                        (_subRowsBlanked ??= []).Add((table, origins, r));
                        if (!_otherHandlingSubRows)
                        {
                            _otherHandlingSubRows = true;
                            Add(Rules.OtherHandlingSubRows, otherHandling.Entry.JsonPointer, origins.LocationOf(r, subLabel),
                                new MessageArgument("row", otherHandling.Entry), new MessageArgument("text", cells[subLabel].Text));
                        }
                    }

                    read[_layout.OtherHandlingOther] = true;
                    continue;
                }

                subRows = false;
                (int match, int labelIndex, FormatEntry? group) = RecogniseRow(keys[r]);
                if (match < 0)
                {
                    (match, labelIndex) = RecogniseLabelVariant(table, origins, keys, r, group, previousMatch >= 0 ? _layout.Rows[previousMatch].Entry.Parent : null, labelIndex);
                }

                if (match < 0 && group is not null && group == _layout.OtherHandlingGroup && PrintsNoLabelAfter(cells, keys[r], labelIndex)
                    && !HeadsOtherHandlingSubRows(table, keys, r, FirstNumber(cells, labelIndex + 1) >= 0))
                {
                    match = _layout.OtherHandlingOther;
                    _otherHandlingAsOneRow = true;
                    Add(Rules.OtherHandlingOneRow, group!.JsonPointer, origins.LocationOf(r, labelIndex),
                        new MessageArgument("row", group), new MessageArgument("other", _layout.Rows[match].Entry));
                }

                if (StacksLabel(keys[r], _layout.CaseHeader))
                {
                    caseHeaderSeen = true;
                    continue;
                }

                // An empty row over a row of numbers (a spacer under the header) is not the data row printed blank.
                if (match < 0 && caseHeaderSeen && !read[_layout.CaseRow]
                    && (Prints(cells) || (cells.Length >= _layout.Rows[_layout.CaseRow].Values.Length && !NumbersBelow(table, r)))
                    && !keys[r].SelectMany(StackedLabels).Any(_layout.Rows[_layout.CaseRow].BandTexts.Contains)
                    && !NumbersColumns(cells, named: !NumbersBelow(table, r)))
                {
                    // Section 四's data row has no label in the template; one printed in a label column before its
                    // numbers (件数 | 501 | 502 …, a cell for each column after it) is the row's label, not a sixteenth
                    // value. A first value printed as text (15 cells in all) is a value, said as any.
                    int label = LeadingTextCells(cells);
                    bool labelled = label > 0 && FirstNumber(cells, label) >= 0 && cells.Length - label == _layout.Rows[_layout.CaseRow].Values.Length;
                    (match, labelIndex) = (_layout.CaseRow, labelled ? label - 1 : -1);
                }

                if (match < 0)
                {
                    if (NumbersAfterLabel(cells).First >= 0 && !NumbersColumns(cells, named: UnderDataRow(table, dataRows, r)))
                    {
                        (unread ??= []).Add((r, section));
                    }

                    continue;
                }

                dataRows[r] = true;
                PrintedRow row = _layout.Rows[match];
                section = row.Section;
                _rowSections[r] = section;
                previousMatch = match;
                firstSection = firstSection < 0 ? section : firstSection;
                SourceLocation rowLocation = origins.LocationOf(r, Math.Max(labelIndex, 0));
                if (match == _layout.OtherHandlingOther && _subRowsBlanked is not null)
                {
                    // The edition's own row after 2021's sub-rows: it is what the document prints for the row after all.
                    TakeBackSubRows(read);
                }

                if (read[match])
                {
                    Add(Rules.RowRepeated, row.Entry.JsonPointer, rowLocation, new MessageArgument("row", row.Entry));
                    continue;
                }

                read[match] = true;
                if (match == _layout.OtherHandlingOther)
                {
                    _otherHandlingBlank = PrintsAfter(cells, labelIndex + 1) ? null : (table, r);
                }

                _locations.TryAdd(row.Entry.JsonPointer, rowLocation);
                _locations.TryAdd(ReportFormat.Sections[row.Section].JsonPointer, table.Location with { Table = table.Number });
                Place(table, keys, dataRows, origins, merged, r, labelIndex, row, rowLocation);
            }

            if (unread is not null)
            {
                SayUnread(table, origins, unread, firstSection);
            }
        }

        return read;
    }

    /// <summary>
    /// Says each row of a table that prints numbers but is none of the template's rows (a group's subtotal such as
    /// （三）不予公开, a row the agency added, a label too far from the template's): no row of the report takes its numbers
    /// (GID521). A row above every row read is placed in the section of the first; a table with no row read is not the
    /// report's and says nothing.
    /// </summary>
    private void SayUnread(DocumentTable table, GridOrigins origins, List<(int Row, int Section)> unread, int firstSection)
    {
        foreach ((int r, int rowSection) in unread)
        {
            if (rowSection >= 0 || firstSection >= 0)
            {
                SayUnread(table, origins, r, ReportFormat.Sections[rowSection >= 0 ? rowSection : firstSection]);
            }
        }
    }

    private void SayUnread(DocumentTable table, GridOrigins origins, int r, FormatEntry section)
    {
        ImmutableArray<DocumentCell> cells = table.Rows[r];
        (int first, int count) = NumbersAfterLabel(cells);
        if (first < 0)
        {
            return;
        }

        // The label printed before the numbers; a row without one is named by its first cells.
        string label = Joined(cells.Take(first));
        Add(Rules.RowNotRecognised, section.JsonPointer, origins.LocationOf(r, first), new MessageArgument("section", section),
            new MessageArgument("text", label.Length > 0 ? label : Joined(cells.Take(MaxUnreadCells))), new MessageArgument("count", count));
    }

    /// <summary>
    /// A 2019-edition document printed 2021's sub-rows of （六）其他处理 and then its own row: GID519 (the row blank) is taken
    /// back, the row is to be read as printed, and the sub-rows are said as rows the template does not have.
    /// </summary>
    private void TakeBackSubRows(bool[] read)
    {
        _findings.RemoveAll(d => d.Code == Rules.OtherHandlingSubRows.Code);
        PrintedRow otherHandling = _layout.Rows[_layout.OtherHandlingOther];
        _locations.Remove(otherHandling.Entry.JsonPointer);
        read[_layout.OtherHandlingOther] = false;
        foreach ((DocumentTable table, GridOrigins origins, int r) in _subRowsBlanked!)
        {
            SayUnread(table, origins, r, ReportFormat.Sections[otherHandling.Section]);
        }

        _subRowsBlanked = null;

        // GID519 is taken back: sub-rows a blank own row heads later are said again.
        _otherHandlingSubRows = false;
    }

    /// <summary>
    /// Whether a row numbers the columns (<c>栏次 | 1 | 2 | 3</c>, or the numbers alone): three or more cells counting 1, 2,
    /// 3 … in order, blanks between them, and before them nothing or a word such as 栏次. Not data: no finding. Where a
    /// row of numbers alone could be data (section 四's one data row prints no label; a row right under a data row lost
    /// its label), only a row <paramref name="named"/> by such a word is taken for one. The count begins at
    /// <paramref name="first"/> (a table printing the columns after another's numbers them on: 6, 7, 8 …).
    /// </summary>
    private static bool NumbersColumns(ImmutableArray<DocumentCell> cells, bool named = false, int first = 1)
    {
        int next = first;
        bool word = false;
        foreach (DocumentCell cell in cells)
        {
            string text = cell.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            (PrintedText.CellKind kind, decimal? value) = PrintedText.Cell(text, isAmount: false);
            if (kind == PrintedText.CellKind.Number && value == next)
            {
                next++;
            }
            else if (next > first || !ColumnNumberingWords.Contains(text))
            {
                return false;
            }
            else
            {
                word = true;
            }
        }

        return next - first > 2 && (word || !named);
    }

    /// <summary>Whether a cell from <paramref name="from"/> on prints something: a number or text, not a blank or a dash.</summary>
    private static bool PrintsAfter(ImmutableArray<DocumentCell> cells, int from)
    {
        for (int i = from; i < cells.Length; i++)
        {
            if (Classify(cells[i].Text) != PrintedClass.Blank)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the next row of the table that prints anything is a row of numbers or dashes without a label (section 四's
    /// data row; a row of dashes prints no case): then a row of 1, 2, 3 … above it numbers the columns, even without a
    /// word such as 栏次.
    /// </summary>
    private static bool NumbersBelow(DocumentTable table, int r) =>
        PrintingRowBelow(table, r) is int next and >= 0 && table.Rows[next].All(c => Classify(c.Text) != PrintedClass.Text);

    /// <summary>
    /// Whether the row above (the nearest that prints anything) is a data row: column numbers sit under a header, so a
    /// row of 1, 2, 3 … without a word such as 栏次 under data is a data row that lost its label, not column numbers. A row
    /// printing numbers the template does not have (a group's subtotal) is no header either.
    /// </summary>
    private static bool UnderDataRow(DocumentTable table, bool[] dataRows, int r) =>
        PrintingRowAbove(table, r) is int above and >= 0 && (dataRows[above] || NumbersAfterLabel(table.Rows[above]).First >= 0);

    /// <summary>The nearest row above <paramref name="r"/> that prints anything, or -1.</summary>
    private static int PrintingRowAbove(DocumentTable table, int r)
    {
        int above = r - 1;
        while (above >= 0 && !Prints(table.Rows[above]))
        {
            above--;
        }

        return above;
    }

    /// <summary>The nearest row below <paramref name="r"/> that prints anything, or -1.</summary>
    private static int PrintingRowBelow(DocumentTable table, int r)
    {
        int below = r + 1;
        while (below < table.Rows.Length && !Prints(table.Rows[below]))
        {
            below++;
        }

        return below < table.Rows.Length ? below : -1;
    }

    private static bool Prints(ImmutableArray<DocumentCell> cells) => cells.Any(c => c.Text.Length > 0);

    /// <summary>How many cells a row starts with that print text (not a number, a dash or nothing).</summary>
    private static int LeadingTextCells(ImmutableArray<DocumentCell> cells)
    {
        int count = 0;
        while (count < cells.Length && cells[count].Text.Length > 0 && Classify(cells[count].Text) == PrintedClass.Text)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Whether a row of （六）其他处理 prints something after its label and no numbered label of its own before its
    /// numbers: the one-row form prints its values there (numbers, dashes, or a cell that is no number, such as 约3, said
    /// as any); a sub-row under the group's label printed again prints its numbered label first
    /// (<c>（六）其他处理 | 1.申请人…逾期不补正，… | numbers</c>, its label misspelt), and is none of the template's rows.
    /// </summary>
    private static bool PrintsNoLabelAfter(ImmutableArray<DocumentCell> cells, string[] keys, int labelIndex)
    {
        for (int i = labelIndex + 1; i < cells.Length; i++)
        {
            if (cells[i].Text.Length > 0)
            {
                return Classify(cells[i].Text) != PrintedClass.Text || ReferenceEquals(PrintedText.WithoutNumbering(keys[i]), keys[i]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a row of （六）其他处理 printing something is the group's label or subtotal over its rows (2021 edition), not
    /// the one-row form: rows of the group follow it (rows none of the template's, such as a sub-row whose label is
    /// misspelt, are passed over; any other row of the template ends the search), and where the row prints numbers
    /// (<paramref name="numbers"/>), one of them prints a number too (a row of numbers over rows printing nothing adds
    /// nothing up: its numbers are the one-row form's).
    /// </summary>
    private bool HeadsOtherHandlingSubRows(DocumentTable table, string[][] keys, int r, bool numbers)
    {
        for (int next = PrintingRowBelow(table, r); next >= 0; next = PrintingRowBelow(table, next))
        {
            ImmutableArray<DocumentCell> cells = table.Rows[next];
            (int match, int labelIndex, FormatEntry? group) = RecogniseRow(keys[next]);
            if ((match >= 0 && _layout.Rows[match].Entry.Parent == _layout.OtherHandlingGroup) || (match < 0 && group == _layout.OtherHandlingGroup))
            {
                // A row of the group: one the template has, or one whose label is not the template's under the group's
                // label printed again (（六）其他处理 | 1.申请人…逾期不补正，… | numbers).
                if (!numbers || FirstNumber(cells, labelIndex + 1) >= 0)
                {
                    return true;
                }
            }
            else if (match >= 0 || group is not null)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a merged grid does not line up with the header matched to row <paramref name="r"/>'s values, as a cell that
    /// lost its span (or has a wrong one) leaves it: a header cell of a value that ends within the row's label (the 勾稽
    /// note without its rowspan pushes the header rows left); a printed cell under two values' headers (a header cell
    /// without its rowspan lets the row below it slide under it, so one number would be read twice); a cell left of every
    /// value's header, a number, or any cell where the row has none to spare (a label whose rowspan is a row short pushes
    /// the last row's cells left); and in a row with one cell for each value, a printed cell under no value's header or
    /// two under one (a header cell one column too wide). The cell where it shows (a header cell, or one of the row's),
    /// or null where the grid lines up.
    /// </summary>
    private static (int Row, int Index)? Misalignment(
        Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> header, GridOrigins origins, ImmutableArray<DocumentCell> cells, PrintedRow row, int r, int labelIndex)
    {
        int labelEnd = labelIndex < 0 ? 0 : origins.Column(r, labelIndex) + origins.Span(r, labelIndex);
        int leftmost = int.MaxValue;
        bool[] under = new bool[cells.Length];
        foreach (PrintedCell v in row.Values)
        {
            (_, int headerRow, int headerIndex) = header[row.Chains[v][^1]];
            int column = origins.Column(headerRow, headerIndex);
            int span = origins.Span(headerRow, headerIndex);
            if (column + span <= labelEnd)
            {
                return (headerRow, headerIndex);
            }

            leftmost = Math.Min(leftmost, column);
            for (int i = labelIndex + 1; i < cells.Length; i++)
            {
                if (cells[i].Text.Length > 0 && origins.Column(r, i) < column + span && origins.Column(r, i) + origins.Span(r, i) > column)
                {
                    if (under[i])
                    {
                        return (r, i);
                    }

                    under[i] = true;
                }
            }
        }

        int after = cells.Length - labelIndex - 1;
        for (int i = labelIndex + 1; i < cells.Length; i++)
        {
            // A cell left of every value's column, printed or not, when the row has no cell to spare (a row pushed left:
            // its first value, blank or a number, stands where no value's header is).
            if (!under[i] && origins.Column(r, i) + origins.Span(r, i) <= leftmost && (after <= row.Values.Length || Classify(cells[i].Text) == PrintedClass.Number))
            {
                return (r, i);
            }
        }

        // A row with one cell for each value: its cells are the values in order. A header cell wider than its column
        // (自然人 over two grid columns) over two printed cells, or one pushed right of the row (法人或其他组织 one column too
        // wide pushes 总计 past the last cell), leaves a printed cell under no value's header, or two under one.
        if (after == row.Values.Length)
        {
            for (int i = labelIndex + 1; i < cells.Length; i++)
            {
                if (!under[i] && cells[i].Text.Length > 0)
                {
                    return (r, i);
                }
            }

            foreach (PrintedCell v in row.Values)
            {
                (_, int headerRow, int headerIndex) = header[row.Chains[v][^1]];
                int column = origins.Column(headerRow, headerIndex);
                int span = origins.Span(headerRow, headerIndex);
                int printed = 0;
                for (int i = labelIndex + 1; i < cells.Length; i++)
                {
                    if (cells[i].Text.Length > 0 && origins.Column(r, i) < column + span && origins.Column(r, i) + origins.Span(r, i) > column && ++printed > 1)
                    {
                        return (headerRow, headerIndex);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The label of the row's band that an amount's header printed with a unit stands for, as compared: the label itself
    /// (<c>采购总金额</c>) or the label with its own unit (<c>本年收费金额(单位:万元)</c>) where it is <paramref name="bare"/>
    /// with a unit, heading an amount of the row; null where none is.
    /// </summary>
    private string? AmountHeader(PrintedRow row, string bare)
    {
        foreach (string text in row.BandTexts)
        {
            if ((text == bare || PrintedText.HeaderUnit(text) is (var label, not null) && label == bare)
                && row.BandByKey[text].Any(p => row.Values.Any(v => p.Entry?.JsonPointer == PrintedLayout.CellPointer(_edition, v.CellIndex) && PrintedLayout.IsAmount(_edition, v.CellIndex))))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The words a column-number row prints before its numbers (栏次, and 甲 乙 丙 丁 for the label columns, as many as a table prints).</summary>
    private static readonly HashSet<string> ColumnNumberingWords = new(["栏次", "行次", "列次", "行号", "列号", "序号", "编号", "甲", "乙", "丙", "丁"], StringComparer.Ordinal);

    private static string Joined(IEnumerable<DocumentCell> cells) => string.Join(' ', cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0));

    /// <summary>The cells of a row that a message on it prints when it has no label (the first numbers).</summary>
    private const int MaxUnreadCells = 8;

    /// <summary>
    /// The first number a row prints after its label (the cells before its first text; a row of numbers alone has none),
    /// and how many numbers it prints from there; -1 and 0 where none follows (<c>1 | 一、补充说明</c>: one number before the
    /// text only numbers the row). Numbers before the text (<c>3 | 0 | 3 | 备注</c>) are the row's, said like any.
    /// </summary>
    private static (int First, int Count) NumbersAfterLabel(ImmutableArray<DocumentCell> cells)
    {
        int start = 0, before = 0;
        for (PrintedClass kind; start < cells.Length && (kind = Classify(cells[start].Text)) != PrintedClass.Text; start++)
        {
            before += kind == PrintedClass.Number ? 1 : 0;
        }

        int first = FirstNumber(cells, start == cells.Length || before > 1 ? 0 : start);
        int count = 0;
        for (int i = first; i >= 0; i = FirstNumber(cells, i + 1))
        {
            count++;
        }

        return (first, count);
    }

    /// <summary>What a cell prints, as the rows the template does not have and the column-number rows are told apart.</summary>
    private enum PrintedClass
    {
        /// <summary>Nothing printed, or a dash.</summary>
        Blank,

        /// <summary>A number as any cell of the layout reads one: a count, an amount or a signed count, with or without a unit.</summary>
        Number,

        /// <summary>Anything else: neither blank, nor a dash, nor a number as any cell of the layout reads one.</summary>
        Text,
    }

    /// <summary>
    /// What a cell prints, each reading tried at most once: every number has a digit (ASCII or full-width), so a label
    /// without one is read once, as a count, to tell it from a blank or a dash.
    /// </summary>
    private static PrintedClass Classify(string text)
    {
        PrintedText.CellKind count = PrintedText.Cell(text, isAmount: false).Kind;
        return IsNumber(count) ? PrintedClass.Number
            : count != PrintedText.CellKind.NotNumber ? PrintedClass.Blank
            : HasDigit(text) && (IsNumber(PrintedText.Cell(text, isAmount: true).Kind) || IsNumber(PrintedText.SignedCell(text).Kind)) ? PrintedClass.Number
            : PrintedClass.Text;
    }

    private static bool HasDigit(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAnyInRange('\uFF10', '\uFF19') >= 0;

    private static bool IsNumberCell(string text) => HasDigit(text) && Classify(text) == PrintedClass.Number;

    /// <summary>Whether a cell prints a value: a number, or a dash for a blank.</summary>
    private static bool PrintsValue(string text) => IsNumberCell(text) || PrintedText.Cell(text, isAmount: false).Kind == PrintedText.CellKind.Dash;

    private static bool IsNumber(PrintedText.CellKind kind) => kind is PrintedText.CellKind.Number or PrintedText.CellKind.NumberWithUnit;

    /// <summary>The index of the first cell from <paramref name="from"/> that holds a number (with or without a unit), or -1.</summary>
    private static int FirstNumber(ImmutableArray<DocumentCell> cells, int from)
    {
        for (int i = from; i < cells.Length; i++)
        {
            if (IsNumberCell(cells[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of the label cell by which a row of a 2019-edition document is one of the 2021 edition's sub-rows of
    /// （六）其他处理 (1.申请人无正当理由逾期不补正…, 2.申请人逾期未按收费通知要求缴纳费用…; 3.其他 only right after one of
    /// those, as it could be any row's), or <see langword="null"/>.
    /// </summary>
    private int? SubRowOfOtherEdition(string[] keys, bool afterSubRow)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            string innermost = InnermostLabel(keys[i]);
            if (_layout.OtherEditionSubRows.TryGetValue(innermost, out bool distinctive) && (distinctive || afterSubRow))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The printed row a document row is (by its most specific label), the index of its last label cell, and the group label it printed.</summary>
    private (int Match, int LabelIndex, FormatEntry? Group) RecogniseRow(string[] keys)
    {
        int match = -1;
        int labelIndex = -1;
        FormatEntry? group = null;
        for (int i = 0; i < keys.Length; i++)
        {
            string key = keys[i];
            if (key.Length == 0)
            {
                continue;
            }

            string innermost = InnermostLabel(key);
            if (_layout.Labels.TryGetValue(key, out int row) || (!ReferenceEquals(innermost, key) && _layout.Labels.TryGetValue(innermost, out row)))
            {
                (match, labelIndex) = (row, i);
            }
            else if (_layout.Groups.TryGetValue(key, out FormatEntry? g) || (!ReferenceEquals(innermost, key) && _layout.Groups.TryGetValue(innermost, out g)))
            {
                (group, labelIndex) = (g, i);
            }
            else if (Renumbered(innermost, out row))
            {
                (match, labelIndex) = (row, i);
            }
        }

        return (match, labelIndex, group);
    }

    /// <summary>
    /// A row label printed otherwise than <see cref="RecogniseRow"/> knows, as a transcriber still reads it; the row and the
    /// label's index, or (-1, <paramref name="labelIndex"/>). In order, for each text cell:
    /// for the row's first, a label wrapped onto the row above (which prints that cell last and no number) whose two
    /// parts joined are a row's;
    /// a label wrapped onto two cells (a long label's end on a cell line of its own) whose two parts joined are a row's;
    /// a sub-row's words, numbered otherwise (<c>19.其他</c>: Word's numbering run on across groups), that name one row of
    /// <paramref name="group"/> (the group printed in the row, else the last row read's);
    /// a label near one row's and no other's (<see cref="NearLabel"/>), said (GID510).
    /// </summary>
    private (int Match, int LabelIndex) RecogniseLabelVariant(
        DocumentTable table, GridOrigins origins, string[][] keys, int r, FormatEntry? group, FormatEntry? previousGroup, int labelIndex)
    {
        string[] row = keys[r];
        // The last cell printing a value (a number, or a dash for a blank).
        int lastNumber = row.Length - 1;
        while (lastNumber >= 0 && !PrintsValue(table.Rows[r][lastNumber].Text))
        {
            lastNumber--;
        }

        int above = r > 0 ? LastTextCell(keys[r - 1]) : -1;
        for (int i = 0; i < row.Length; i++)
        {
            string key = InnermostLabel(row[i]);
            if (key.Length < 2 || IsNumberCell(key))
            {
                continue;
            }

            // Wrapped onto the row above, a line of its own printing the label's start alone (a cell line over the tab
            // row of its end and numbers) or after its group's label (（三）不予公开, 1.属于国家 over 秘密 and the numbers),
            // no number: the start (the row's last text) and the end joined are a row's label. Only for the row's first
            // text cell.
            if (above >= 0 && Array.FindIndex(row, k => k.Length > 0) == i
                && BeginsRowLabel(PrintedText.WithoutNumbering(InnermostLabel(keys[r - 1][above])))
                && PrintedText.Label(table.Rows[r - 1][above].Text + table.Rows[r][i].Text) is var wrapped
                && (_layout.Labels.TryGetValue(wrapped, out int wrappedRow) || Renumbered(wrapped, out wrappedRow)))
            {
                return (wrappedRow, i);
            }

            // Joined as printed: each part's label has lost the punctuation at its end (只计这一情形，). Only where the first
            // part's words begin a row's label somewhere (a header row's cells, the most common, make no copy).
            string bare = PrintedText.WithoutNumbering(key);
            if (i + 1 < row.Length && row[i + 1].Length > 0 && !IsNumberCell(row[i + 1]) && BeginsRowLabel(bare)
                && PrintedText.Label(table.Rows[r][i].Text + table.Rows[r][i + 1].Text) is var whole
                && (_layout.Labels.TryGetValue(whole, out int joined) || Renumbered(whole, out joined)))
            {
                return (joined, i + 1);
            }

            // Numbered in figures or not at all: （七） numbers a row of its own. Only sub-rows are taken so (四's header
            // prints 总计 below 三's （七）总计).
            FormatEntry? under = ReferenceEquals(bare, key) || NumberedInFigures(key) ? group ?? previousGroup : null;
            // Both only where the row prints a number after the label: a header printed again (a table broken over pages)
            // prints 其他 under 法人或其他组织, and its row is no row of （六）.
            bool numbers = lastNumber > i;
            if (numbers && under is not null && SubRowOf(under, bare) is int sibling)
            {
                return (sibling, i);
            }

            if (numbers && NearLabel(key) is int near)
            {
                Add(Rules.LabelVariant, _layout.Rows[near].Entry.JsonPointer, origins.LocationOf(r, i),
                    new MessageArgument("text", table.Rows[r][i].Text), new MessageArgument("label", _layout.Rows[near].Entry));
                return (near, i);
            }
        }

        return (-1, labelIndex);
    }

    /// <summary>
    /// The index of the last cell with text of a row printing no number (a label's start alone, or after its group's
    /// label); −1 for a row printing a number or no text.
    /// </summary>
    private static int LastTextCell(string[] keys)
    {
        int last = -1;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length > 0)
            {
                if (IsNumberCell(keys[i]))
                {
                    return -1;
                }

                last = i;
            }
        }

        return last;
    }

    /// <summary>Whether some row's label, after its numbering, holds <paramref name="words"/> and more.</summary>
    private bool BeginsRowLabel(string words)
    {
        foreach (string label in _layout.RowLabels)
        {
            if (label.Length > words.Length && label.Contains(words, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a label is numbered in figures, as sub-rows are (<c>19.</c>, <c>(3)</c>, <c>③</c>): （七） numbers a row of its own.</summary>
    private static bool NumberedInFigures(string label) =>
        char.IsAsciiDigit(label[0]) || label[0] is >= '\u2460' and <= '\u2473' || (label.Length > 1 && label[0] == '(' && char.IsAsciiDigit(label[1]));

    /// <summary>
    /// The one sub-row of <paramref name="group"/> (a row the template numbers in figures) whose label without its
    /// numbering is <paramref name="bare"/>, or null.
    /// </summary>
    private int? SubRowOf(FormatEntry group, string bare)
    {
        int found = -1;
        for (int i = 0; i < _layout.Rows.Length; i++)
        {
            if (_layout.Rows[i].Entry.Parent == group && NumberedInFigures(_layout.RowLabels[i]) && PrintedText.WithoutNumbering(_layout.RowLabels[i]) == bare)
            {
                if (found >= 0)
                {
                    return null;
                }

                found = i;
            }
        }

        return found >= 0 ? found : null;
    }

    /// <summary>
    /// The one row whose label a printed label is near, as compared: one character inserted, deleted or changed (（七）合计,
    /// 四、结转下一年度继续办理), two where both are at least ten characters long (一、本年新收政府信息公开申请 for …申请数量),
    /// or the row's label without the bracketed note at its end (（二）部分公开); null where no row's is, or two are as near.
    /// Labels of fewer than five characters are near none (规章 and 行政许可 are exact or nothing).
    /// </summary>
    private int? NearLabel(string printed)
    {
        if (printed.Length < 5)
        {
            return null;
        }

        int best = -1, bestDistance = int.MaxValue;
        bool tie = false;
        for (int i = 0; i < _layout.RowLabels.Length; i++)
        {
            string label = _layout.RowLabels[i];
            int allowed = Math.Min(printed.Length, label.Length) >= 10 ? 2 : 1;
            int distance = label.Length > printed.Length && label[printed.Length] == '(' && label[^1] == ')' && label.StartsWith(printed, StringComparison.Ordinal)
                ? 1
                : EditDistance(printed, label, allowed);
            if (distance > allowed || distance > bestDistance)
            {
                continue;
            }

            tie = distance == bestDistance;
            (best, bestDistance) = (i, distance);
        }

        return best >= 0 && !tie ? best : null;
    }

    /// <summary>
    /// The edit distance (insertions, deletions, changes) of two strings where it is at most <paramref name="bound"/>; more
    /// than that otherwise, and for a label of over 200 characters (none of the template's is).
    /// </summary>
    private static int EditDistance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound || b.Length > 200)
        {
            return bound + 1;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            Span<int> done = previous;
            previous = current;
            current = done;
        }

        return previous[b.Length];
    }
    /// <summary>
    /// A row label numbered otherwise than the template: <c>(3)其他</c>, <c>3)其他</c> or <c>③其他</c> as <c>3.其他</c>; else
    /// the label without its numbering (<c>(1)属于国家秘密</c>, or numbered with the wrong number), where that alone names
    /// one row (<see cref="Layout.Labels"/> holds a row's bare label only when it is unique and at least four characters).
    /// </summary>
    private bool Renumbered(string label, out int row)
    {
        row = -1;
        return (PrintedText.WithPointNumbering(label) is { } pointed && _layout.Labels.TryGetValue(pointed, out row))
            || (PrintedText.WithoutNumbering(label) is { } bare && !ReferenceEquals(bare, label) && _layout.Labels.TryGetValue(bare, out row));
    }

    /// <summary>
    /// Where the cells of a table start in its grid, by their row and their index in it (the grid column of each), and so
    /// where each is: found once per table, without hashing the cells.
    /// </summary>
    private sealed class GridOrigins
    {
        private readonly DocumentTable _table;

        /// <summary>The grid column of each cell, by row and index; null for a table without merges (the index).</summary>
        private readonly int[][]? _columns;

        public GridOrigins(DocumentTable table, bool merged)
        {
            _table = table;
            if (!merged)
            {
                return;
            }

            // Every cell starts in the grid row of the row that lists it, left to right in the order the row lists them
            // (DocumentTable's grid: a cell is placed after the one before it, and no later cell reaches back into a slot
            // where one starts): the k-th slot where a cell starts is the k-th cell's.
            _columns = new int[table.RowCount][];
            for (int r = 0; r < table.RowCount; r++)
            {
                int[] columns = _columns[r] = new int[table.Rows[r].Length];
                for (int c = 0, i = 0; c < table.ColumnCount; c++)
                {
                    if (table[r, c].IsOriginAt(r, c))
                    {
                        columns[i++] = c;
                    }
                }
            }
        }

        /// <summary>The grid column where the <paramref name="index"/>-th cell of row <paramref name="row"/> starts.</summary>
        public int Column(int row, int index) => _columns is null ? index : _columns[row][index];

        /// <summary>The grid columns the <paramref name="index"/>-th cell of row <paramref name="row"/> covers.</summary>
        public int Span(int row, int index) => Math.Min(_table.Rows[row][index].ColumnSpan, DocumentTable.MaxColumnSpan);

        /// <summary>
        /// Where the <paramref name="index"/>-th cell of row <paramref name="row"/> is: its table, grid row and column; a
        /// cell that names its own (a cell of a table the reader split or joined, <see cref="Printed"/>) where it is printed.
        /// </summary>
        public SourceLocation LocationOf(int row, int index) => _table.Rows[row][index].Location is { Table: null } at
            ? at with { Table = _table.Number, Row = row + 1, Cell = Column(row, index) + 1 }
            : _table.Rows[row][index].Location;
    }

    /// <summary>Places the values of a document row under the printed row's columns, by the header labels above them.</summary>
    private void Place(
        DocumentTable table, string[][] keys, bool[] dataRows, GridOrigins origins, bool merged, int r, int labelIndex,
        PrintedRow row, SourceLocation rowLocation)
    {
        Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> header = MatchHeader(table, keys, dataRows, r, row);
        if (_foreignHeader is (int foreignRow, int foreignIndex))
        {
            // A 2019 row under 2021's columns (本年制发件数, 本年废止件数, 现行有效件数): none of its numbers is this edition's
            // column, and the template's order would put 本年废止件数 under 本年新公开数量. Blank, said at the header.
            Add(Rules.OtherEditionHeader, row.Entry.JsonPointer, origins.LocationOf(foreignRow, foreignIndex),
                new MessageArgument("row", row.Entry), new MessageArgument("text", table.Rows[foreignRow][foreignIndex].Text));
            return;
        }

        bool headerAbove = false;
        if (header.Count == 0 && _headerAbove is { } above && above.Table != table && above.Foreign is null
            && above.Band.AsSpan().SequenceEqual(row.Band.AsSpan()))
        {
            // A part of a table printed without its header (the table broken by a page, a line between its parts): its
            // values in the order of the header over the part above, as a reader turning the page reads them; merged or
            // not (since the thirty-sixth session: a merged part was read in the template's order), and never by this
            // part's grid, which the header above is not in.
            header = above.Matched;
            headerAbove = true;
        }

        ImmutableArray<DocumentCell> cells = table.Rows[r];
        int firstValue = labelIndex + 1;
        int n = row.Values.Length;

        // A row of one value needs no column to place it (a merge lost leaves its one number beside its header cell).
        bool byGrid = merged && !headerAbove && n > 1 && row.Values.All(v => header.ContainsKey(row.Chains[v][^1]));
        if (byGrid)
        {
            header = UnderOwnParents(header, origins, row);
        }

        if (byGrid && Misalignment(header, origins, cells, row, r, labelIndex) is { } over)
        {
            // The grid does not line up with the header (a merged cell printed without its span, or with a wrong one):
            // no value is placed by it; the values go in the order the header prints its columns, as in text, and that
            // is said.
            byGrid = false;
            if (_misalignedSaid.Add((table.Number, row.Section)))
            {
                FormatEntry section = ReportFormat.Sections[row.Section];
                Add(Rules.HeaderMisaligned, section.JsonPointer, origins.LocationOf(over.Row, over.Index),
                    new MessageArgument("section", section), new MessageArgument("text", table.Rows[over.Row][over.Index].Text));
            }
        }

        if (byGrid)
        {
            // The grid is the document's own: each value goes under the lowest header that names its column.
            bool[] taken = new bool[cells.Length];
            foreach (PrintedCell v in row.Values)
            {
                (_, int headerRow, int headerIndex) = header[row.Chains[v][^1]];
                int column = origins.Column(headerRow, headerIndex);
                int span = origins.Span(headerRow, headerIndex);
                var under = Enumerable.Range(firstValue, cells.Length - firstValue)
                    .Where(i => origins.Column(r, i) < column + span && origins.Column(r, i) + origins.Span(r, i) > column).ToList();
                var filled = under.Where(i => !string.IsNullOrWhiteSpace(cells[i].Text)).ToList();
                under.ForEach(i => taken[i] = true);
                if (filled.Count > 1)
                {
                    string pointer = PrintedLayout.CellPointer(_edition, v.CellIndex);
                    Add(Rules.CellAmbiguous, pointer, origins.LocationOf(r, filled[0]),
                        new MessageArgument("cell", PrintedLayout.CellEntry(_edition, v.CellIndex)), new MessageArgument("text", string.Join(" / ", filled.Select(i => cells[i].Text))));
                    continue;
                }

                if (under.Count > 0)
                {
                    int chosen = filled.Count == 1 ? filled[0] : under[0];
                    SetValue(v, cells[chosen], origins.LocationOf(r, chosen));
                }
            }

            for (int i = firstValue; i < cells.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(cells[i].Text) && !taken[i])
                {
                    Add(Rules.CellAmbiguous, row.Entry.JsonPointer, origins.LocationOf(r, i),
                        new MessageArgument("cell", row.Entry), new MessageArgument("text", cells[i].Text));
                }
            }

            return;
        }

        // No merges to go by (plain text), a header not found or not lined up: the values in the order the header prints its columns.
        List<PrintedCell> order = ColumnOrder(row, header);
        if (n > 1 && row.Values.Any(v => !header.ContainsKey(row.Chains[v][^1])) && _templateOrderSaid.Add((table.Number, row.Section)))
        {
            FormatEntry section = ReportFormat.Sections[row.Section];
            Add(Rules.TemplateColumnOrder, section.JsonPointer, table.Location with { Table = table.Number }, new MessageArgument("section", section));
        }

        // The cells printed: all the row's values, or where there are not as many as the columns, those from the first
        // filled to the last (blanks around them are no columns).
        int from = firstValue, count = cells.Length - firstValue;
        if (count != n)
        {
            int first = -1, last = -1;
            for (int i = firstValue; i < cells.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(cells[i].Text))
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            (from, count) = first < 0 ? (from, 0) : (first, last - first + 1);
        }

        if (count == 0)
        {
            return;
        }

        if (count != n)
        {
            Add(Rules.RowNotPlaced, row.Entry.JsonPointer, rowLocation, new MessageArgument("row", row.Entry),
                new MessageArgument("count", count), new MessageArgument("columns", n));
            return;
        }

        for (int i = 0; i < n; i++)
        {
            SetValue(order[i], cells[from + i], origins.LocationOf(r, from + i));
        }
    }

    /// <summary>A bare amount under a header in a unit not read: left blank, said with the header's text (GID524).</summary>
    private void AmountNotRead(string pointer, SourceLocation location, FormatEntry entry, string header) =>
        Add(Rules.AmountUnitNotRead, pointer, location, new("cell", entry), new("text", header));

    private void SetValue(PrintedCell v, DocumentCell cell, SourceLocation location)
    {
        string pointer = PrintedLayout.CellPointer(_edition, v.CellIndex);
        _locations[pointer] = location;
        FormatEntry entry = PrintedLayout.CellEntry(_edition, v.CellIndex);
        TableCells cells = ReportFormat.Of(_edition).Cells;
        PrintedText.CellKind kind;
        decimal? value;
        if (_edition == ReportEdition.Edition2019 && cells.IsAmount(v.CellIndex))
        {
            // The procurement amount: kept in the unit printed in its cell, or else in its header's; none is guessed.
            (kind, value, MoneyUnit? unit) = PrintedText.AmountWithUnit(cell.Text);
            if (unit is null && kind == PrintedText.CellKind.Number && _headerUnitNotRead is { } header2019)
            {
                AmountNotRead(pointer, location, entry, header2019);
                return;
            }

            _procurementUnit = unit ?? (kind == PrintedText.CellKind.NotNumber ? null : _headerUnit);
            if (unit is { } own && _headerUnit is { } header && own != header)
            {
                // Read in the cell's unit, not the header's: the value says which (486500元, not a bare 486500 under 万元).
                Add(Rules.NumberWithUnit, pointer, location, new("cell", entry), new("text", cell.Text),
                    new("value", value?.ToString(CultureInfo.InvariantCulture) + PrintedDocument.FormatUnit(own)));
            }
        }
        else
        {
            (kind, value) = cells.IsSigned(v.CellIndex) ? PrintedText.SignedCell(cell.Text) : PrintedText.Cell(cell.Text, cells.IsAmount(v.CellIndex));
            if (kind == PrintedText.CellKind.Number && cells.IsAmount(v.CellIndex) && _headerUnitNotRead is { } header)
            {
                AmountNotRead(pointer, location, entry, header);
                return;
            }

            if (kind == PrintedText.CellKind.Number && cells.IsAmount(v.CellIndex) && _headerUnit == MoneyUnit.Yuan)
            {
                // A bare amount under a header in 元 (本年收费金额（单位：元）) is in 元: converted to the template's 万元 as an
                // amount printed with 元 is, and said.
                (kind, value) = PrintedText.Cell(cell.Text.Trim() + PrintedDocument.FormatUnit(MoneyUnit.Yuan), isAmount: true);
            }
        }

        _values[v.CellIndex] = value;
        switch (kind)
        {
            case PrintedText.CellKind.NumberWithUnit:
                Add(Rules.NumberWithUnit, pointer, location, new("cell", entry), new("text", cell.Text),
                    new("value", value!.Value.ToString(CultureInfo.InvariantCulture)));
                break;
            case PrintedText.CellKind.Dash:
                Add(Rules.DashAsBlank, pointer, location, new("cell", entry), new("text", cell.Text));
                break;
            case PrintedText.CellKind.NotNumber:
                Add(Rules.CellNotNumber, pointer, location, new("cell", entry), new("text", cell.Text));
                break;
        }
    }

    /// <summary>
    /// The document's header cells above row <paramref name="r"/> matched to the printed header cells of the row's band:
    /// by label and occurrence (the k-th 结果维持 printed is the template's k-th), then a label one character off the only
    /// unmatched one of its length (a typo such as 本年度止件数), said.
    /// </summary>
    private Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> MatchHeader(DocumentTable table, string[][] keys, bool[] dataRows, int r, PrintedRow row)
    {
        // The header is looked for above the row, back to its block title, a section's heading printed in the table (one
        // table for all sections), a row of another section (四's rows running on from 三's where 四's heading is lost: 三's
        // 总计 is not 行政复议's), or the start of the table.
        int start = 0;
        for (int above = r - 1; above >= 0; above--)
        {
            if ((row.BlockTitle is { } title && keys[above].Contains(title)) || _headingRows.Contains((table, above))
                || (dataRows[above] && _rowSections[above] != row.Section))
            {
                start = above + 1;
                break;
            }
        }

        // The rows of a block under one header (section 三's 25 rows) match the same header cells: the match of the row
        // before is the match of this one when only data rows lie between them, the printed headers are the same cells
        // and no amount's unit is read from them (which depends on the row's values).
        if (!row.HasAmount && _lastHeader is { } last && last.Table == table && last.Start == start && last.Row < r
            && last.Band.AsSpan().SequenceEqual(row.Band.AsSpan()) && dataRows.AsSpan(last.Row, r - last.Row).IndexOf(false) < 0)
        {
            _foreignHeader = last.Foreign;
            return last.Matched;
        }

        _foreignHeader = _layout.ForeignBands.TryGetValue(row, out HashSet<string>? foreign) ? ForeignHeader(keys, dataRows, start, r, foreign) : null;
        Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> result = MatchHeaderCells(table, keys, dataRows, start, r, row);
        _lastHeader = row.HasAmount ? null : new HeaderMatch(table, start, r, row.Band, result, _foreignHeader);
        _headerAbove = _lastHeader is { Matched.Count: > 0 } ? _lastHeader : _headerAbove;
        return result;
    }

    /// <summary>The first header cell between <paramref name="start"/> and the row that prints one of <paramref name="foreign"/>.</summary>
    private static (int Row, int Index)? ForeignHeader(string[][] keys, bool[] dataRows, int start, int r, HashSet<string> foreign)
    {
        for (int hr = start; hr < r; hr++)
        {
            for (int i = 0; !dataRows[hr] && i < keys[hr].Length; i++)
            {
                if (keys[hr][i].Length > 0 && foreign.Contains(StackedLabels(keys[hr][i])[^1]))
                {
                    return (hr, i);
                }
            }
        }

        return null;
    }

    private Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> MatchHeaderCells(
        DocumentTable table, string[][] keys, bool[] dataRows, int start, int r, PrintedRow row)
    {
        var matched = new Dictionary<PrintedCell, (DocumentCell, int, int)>();
        var used = new HashSet<DocumentCell>(ReferenceEqualityComparer.Instance);

        var headerRows = new HashSet<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int hr = start; hr < r; hr++)
        {
            if (dataRows[hr])
            {
                continue;
            }

            ImmutableArray<DocumentCell> cells = table.Rows[hr];
            string[] previous = [];
            for (int i = 0; i < cells.Length; i++)
            {
                // A cell may stack several labels joined by · (a merged header written without merges, as our Markdown does):
                // each is a header label, outermost first; a label repeating the cell before it at the same level under the
                // same outer labels is that merged cell again, not another occurrence.
                string[] stack = StackedLabels(keys[hr][i]);
                for (int level = 0; level < stack.Length; level++)
                {
                    string key = stack[level];
                    MoneyUnit? unit = null;
                    if (row.HasAmount && PrintedText.UnitOnly(key) is { } unitAlone)
                    {
                        // The amount's header with its unit wrapped onto a row of its own (本年收费金额 | （单位：元）).
                        _headerUnit = unitAlone;
                        continue;
                    }

                    if (!row.BandTexts.Contains(key) && PrintedText.HeaderUnit(key) is ({ } bare, { } printedUnit)
                        && AmountHeader(row, bare) is { } amountHeader)
                    {
                        // 采购总金额（万元）: the amount's header with the unit of the amounts under it; 本年收费金额（单位：元）: the
                        // template's header (单位：万元) with another unit.
                        (key, unit) = (amountHeader, printedUnit);
                    }
                    else if (row.HasAmount && !row.BandTexts.Contains(key) && AmountHeader(row, key) is { } withoutUnit)
                    {
                        // 本年收费金额: the template's header printed without its unit.
                        key = withoutUnit;
                    }

                    if (!row.BandTexts.Contains(key) || (stack.Length > 1 && SamePrefix(stack, previous, level)))
                    {
                        continue;
                    }

                    int k = seen.TryGetValue(key, out int count) ? count : 0;
                    seen[key] = k + 1;
                    if (row.BandByKey[key].ElementAtOrDefault(k) is { } p)
                    {
                        if (unit is not null)
                        {
                            _headerUnit = unit;
                        }

                        matched[p] = (cells[i], hr, i);
                        headerRows.Add(hr);
                        if (level == stack.Length - 1)
                        {
                            // A cell is used once its innermost label is matched (行政复议·结果更正 is not, for a typo).
                            used.Add(cells[i]);
                        }
                    }
                }

                previous = stack;
            }
        }

        if (row.HasAmount && _headerUnit is null && !row.Values.All(v => matched.ContainsKey(row.Chains[v][^1])))
        {
            (_headerUnit, _headerUnitNotRead) = MentionedUnit(table, keys, dataRows, start, r, used);
        }

        foreach (PrintedCell missing in row.Band.Where(p => !matched.ContainsKey(p)))
        {
            if (_headerUnitNotRead is not null && row.HasAmount)
            {
                // 本年收费金额（单位：千元） is one character off the template's header, but in a unit not read: not taken for it.
                break;
            }

            string expected = row.BandKeys[missing];
            if (expected.Length < 4 || row.Band.Count(p => !matched.ContainsKey(p) && row.BandKeys[p].Length == expected.Length) != 1)
            {
                continue;
            }

            // A stacked cell (行政复议·结果更正) is a candidate where its innermost label is one off and its outer labels are
            // those the template prints over one of the label's cells (occurrences are matched in order: Resequence).
            string[][] outers = [.. row.BandByKey[expected].Select(o => row.Over(o.Column).TakeWhile(h => h != o).Select(h => row.BandKeys[h]).ToArray())];
            var candidates = headerRows.SelectMany(hr => table.Rows[hr].Select((c, i) => (c, hr, i)))
                .Where(x => !used.Contains(x.c) && StackedLabels(keys[x.hr][x.i]) is var stack && OneOff(stack[^1], expected)
                    && (stack.Length == 1 || outers.Any(o => o.AsSpan().SequenceEqual(stack.AsSpan(0, stack.Length - 1)))))
                .ToList();
            if (candidates.Count == 1)
            {
                (DocumentCell cell, int hr, int i) = candidates[0];
                matched[missing] = (cell, hr, i);
                used.Add(cell);
                Resequence(matched, row.BandByKey[expected]);
                if (_variantsSaid.Add(cell))
                {
                    Add(Rules.LabelVariant, row.Entry.JsonPointer, InTable(cell, table), new("text", cell.Text), new("label", missing.Text));
                }
            }
        }

        return matched;
    }

    /// <summary>
    /// The header matched to a merged grid with each label the band prints several times (结果维持 under 行政复议 and under
    /// each kind of 行政诉讼) taken as the one whose parent header stands over it in the grid: occurrences were matched in
    /// the order printed, which is the template's only while their parents are too (未经复议直接起诉 and 复议后起诉 printed
    /// the other way round keep their own 结果维持 below them). The header as it is where each occurrence already lies
    /// under its parent, or where the grid does not tell one occurrence under each parent.
    /// </summary>
    private static Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> UnderOwnParents(
        Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> header, GridOrigins origins, PrintedRow row)
    {
        Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)>? moved = null;
        foreach (PrintedCell[] occurrences in row.BandByKey.Values)
        {
            if (occurrences.Length < 2 || !occurrences.All(header.ContainsKey))
            {
                continue;
            }

            var printed = occurrences.Select(p => header[p]).ToList();
            var under = new (DocumentCell Cell, int Row, int Index)[occurrences.Length];
            bool told = true;
            for (int k = 0; told && k < occurrences.Length; k++)
            {
                PrintedCell? parent = row.Over(occurrences[k].Column).TakeWhile(h => h != occurrences[k]).LastOrDefault();
                if (parent is null || !(moved ?? header).TryGetValue(parent, out var above))
                {
                    told = false;
                    break;
                }

                int from = origins.Column(above.Row, above.Index);
                int to = from + origins.Span(above.Row, above.Index);
                var below = printed.Where(m => m.Row > above.Row && origins.Column(m.Row, m.Index) >= from && origins.Column(m.Row, m.Index) < to).ToList();
                told = below.Count == 1;
                under[k] = told ? below[0] : default;
            }

            if (!told || under.Distinct().Count() != under.Length || under.SequenceEqual(printed))
            {
                continue;
            }

            moved ??= new(header);
            for (int k = 0; k < occurrences.Length; k++)
            {
                moved[occurrences[k]] = under[k];
            }
        }

        return moved ?? header;
    }

    /// <summary>
    /// The money unit the header above an amount names where it is worded otherwise than the template's
    /// (<c>收费金额（单位：元）</c>, <c>本年收费金额/元</c>, <c>本年收费金额（人民币元）</c>): of the header cells between
    /// <paramref name="start"/> and row <paramref name="r"/> that no template label took, those that name 元 (万元 is the
    /// template's unit), where they all name the same. Where one names another unit (千元, 百万元, 亿元, 美元), that cell's
    /// text, as <c>NotRead</c>: its amount is not guessed; so too where two name different units (收费情况（单位：万元） over
    /// 收费金额（元）), both cells' texts, or one names two (收费金额（元）（万元）). (null, null) where none names a unit.
    /// </summary>
    private static (MoneyUnit? Unit, string? NotRead) MentionedUnit(DocumentTable table, string[][] keys, bool[] dataRows, int start, int r, HashSet<DocumentCell> used)
    {
        MoneyUnit? named = null;
        string? namedText = null;
        for (int hr = start; hr < r; hr++)
        {
            for (int i = 0; !dataRows[hr] && i < keys[hr].Length; i++)
            {
                // Only a unit as a header prints one: in brackets, after 单位 or a slash, ending there (收费单元, 元旦 and a
                // note that names 日元 name none).
                if (keys[hr][i].IndexOf('元', StringComparison.Ordinal) < 0 || used.Contains(table.Rows[hr][i])
                    || UnitExpression().Match(keys[hr][i]) is not { Success: true } m)
                {
                    continue;
                }

                // 万元 alone is the template's; a multiple before 元 or 万元 (千元, 十万元) or a currency's name (美元, 港元)
                // is another unit.
                string multiple = m.Groups["multiple"].Value;
                if (m.Groups["currency"].Success || multiple is not ("" or "万"))
                {
                    return (null, table.Rows[hr][i].Text);
                }

                MoneyUnit unit = multiple == "万" ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;
                if (named is not null && named != unit)
                {
                    // Which of the two the amount is in, the header does not say: not guessed.
                    return (null, namedText + " " + table.Rows[hr][i].Text);
                }

                if (UnitExpression().Count(keys[hr][i]) > 1)
                {
                    return (null, table.Rows[hr][i].Text);
                }

                (named, namedText) = (unit, table.Rows[hr][i].Text);
            }
        }

        return (named, null);
    }

    /// <summary>
    /// A money unit as a header prints it, as compared (half-width brackets, no spaces): after 单位 or an opening bracket
    /// or slash, perhaps 人民币, a multiple (十百千万亿) and a currency's name written with 元 (美港欧日澳台韩加新), then 元 and
    /// the cell's end or a closing bracket.
    /// </summary>
    [GeneratedRegex(@"(?:单位:?|[(\[【/])(?:人民币)?(?<multiple>[十百千万亿]*)(?<currency>[美港欧日澳台韩加新])?元(?=[)\]】]|$)")]
    private static partial Regex UnitExpression();

    /// <summary>
    /// Matches again the printed cells of a label the template prints several times (结果纠正 under 行政复议 and under each
    /// kind of 行政诉讼) once a misspelt one has been taken for one of them: occurrences were counted without it, so the
    /// document's cells of the label, the misspelt one among them, go to the template's in the order both print them.
    /// </summary>
    private static void Resequence(Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> matched, PrintedCell[] occurrences)
    {
        var taken = occurrences.Where(matched.ContainsKey).ToList();
        var printed = taken.Select(p => matched[p]).OrderBy(m => m.Row).ThenBy(m => m.Index).ToList();
        for (int k = 0; k < taken.Count; k++)
        {
            matched[taken[k]] = printed[k];
        }
    }

    /// <summary>
    /// The labels a header or row label cell stacks, outermost first: <c>行政复议·结果维持</c> (as compared, spaces removed) is
    /// 行政复议 over 结果维持, a merged header printed in one cell (documents.md: <c>（三）不予公开 · 1.属于国家秘密</c>); a
    /// label without <c>·</c>, or with an empty part, is one label.
    /// </summary>
    internal static string[] StackedLabels(string key)
    {
        if (!key.Contains('·', StringComparison.Ordinal))
        {
            return [key];
        }

        string[] parts = key.Split('·');
        return parts.Any(p => p.Length == 0) ? [key] : parts;
    }

    /// <summary>The innermost label a cell stacks (<see cref="StackedLabels"/>), without splitting the others out.</summary>
    internal static string InnermostLabel(string key)
    {
        int last = key.LastIndexOf('·');
        return last < 0 || key[0] == '·' || last == key.Length - 1 || key.Contains("··", StringComparison.Ordinal) ? key : key[(last + 1)..];
    }

    /// <summary>Whether any of a row's cells stacks <paramref name="label"/> (<see cref="StackedLabels"/>).</summary>
    private static bool StacksLabel(string[] keys, string label)
    {
        foreach (string key in keys)
        {
            if (key == label || (key.Contains('·', StringComparison.Ordinal) && StackedLabels(key).Contains(label)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="stack"/>'s labels down to <paramref name="level"/> are those of the cell before it.</summary>
    private static bool SamePrefix(string[] stack, string[] previous, int level)
    {
        if (previous.Length <= level)
        {
            return false;
        }

        for (int l = 0; l <= level; l++)
        {
            if (!string.Equals(stack[l], previous[l], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OneOff(string a, string b) =>
        a.Length == b.Length && a != b && a.Zip(b).Count(p => p.First != p.Second) == 1;

    /// <summary>
    /// The row's values in the order the document's header prints their columns: two columns are ordered by the first
    /// header cell where their chains of headers differ, by where the document printed those two (left to right, then
    /// top to bottom); where the document did not print them, in the template's order.
    /// </summary>
    private static List<PrintedCell> ColumnOrder(PrintedRow row, Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> header)
    {
        int Compare(PrintedCell a, PrintedCell b)
        {
            ImmutableArray<PrintedCell> ca = row.Chains[a];
            ImmutableArray<PrintedCell> cb = row.Chains[b];
            for (int level = 0; level < Math.Min(ca.Length, cb.Length); level++)
            {
                if (ca[level] == cb[level])
                {
                    continue;
                }

                if (header.TryGetValue(ca[level], out var pa) && header.TryGetValue(cb[level], out var pb))
                {
                    int byIndex = pa.Index.CompareTo(pb.Index);
                    return byIndex != 0 ? byIndex : pa.Row.CompareTo(pb.Row);
                }

                break;
            }

            return a.Column.CompareTo(b.Column);
        }

        var order = new List<PrintedCell>(row.Values.Length);
        foreach (PrintedCell v in row.Values)
        {
            int at = order.Count;
            while (at > 0 && Compare(order[at - 1], v) > 0)
            {
                at--;
            }

            order.Insert(at, v);
        }

        return order;
    }

    /// <summary>Says which tables and rows the document does not print.</summary>
    private void ReportMissingRows(bool[] read, int[] headings)
    {
        for (int t = 0; t < 3; t++)
        {
            int section = ReportFormat.Sections.IndexOf(_layout.Tables[t].Section);
            // Said at the section's heading (a paragraph, or a cell where the heading is a table's row).
            SourceLocation? where = headings[section] >= 0 ? _locations[ReportFormat.Sections[section].JsonPointer] : null;
            var rows = Enumerable.Range(0, read.Length).Where(i => _layout.Rows[i].Table == t).ToList();
            if (!rows.Any(i => read[i]))
            {
                Add(Rules.TableNotFound, ReportFormat.Sections[section].JsonPointer, where, new MessageArgument("section", ReportFormat.Sections[section]));
                continue;
            }

            foreach (int i in rows.Where(i => !read[i]))
            {
                if (_otherHandlingAsOneRow && _layout.Rows[i].Entry.Parent == _layout.OtherHandlingGroup)
                {
                    continue;
                }

                Add(Rules.RowNotFound, _layout.Rows[i].Entry.JsonPointer, where, new MessageArgument("row", _layout.Rows[i].Entry));
            }
        }
    }

    /// <summary>The header cells matched for a data row (<see cref="MatchHeader"/>), kept for the rows under the same header.</summary>
    private sealed record HeaderMatch(
        DocumentTable Table, int Start, int Row, ImmutableArray<PrintedCell> Band, Dictionary<PrintedCell, (DocumentCell Cell, int Row, int Index)> Matched,
        (int Row, int Index)? Foreign);

    /// <summary>A data row of the printed layout: its label, values, the header cells above it and each value's chain of headers.</summary>
    private sealed class PrintedRow(
        ReportEdition edition, int table, int section, FormatEntry entry, ImmutableArray<PrintedCell> values, ImmutableArray<PrintedCell> band, string? blockTitle)
    {
        public int Table { get; } = table;

        public int Section { get; } = section;

        public FormatEntry Entry { get; } = entry;

        public ImmutableArray<PrintedCell> Values { get; } = values;

        /// <summary>The column headers above the row, back to its block's title (section 二) or the top of the table.</summary>
        public ImmutableArray<PrintedCell> Band { get; } = band;

        public HashSet<string> BandTexts { get; } = [.. band.Select(p => PrintedText.Label(p.Text))];

        /// <summary>Each band cell's label as compared.</summary>
        public Dictionary<PrintedCell, string> BandKeys { get; } = band.ToDictionary(p => p, p => PrintedText.Label(p.Text));

        /// <summary>The band's cells by label as compared, in printed order (row by row).</summary>
        public Dictionary<string, PrintedCell[]> BandByKey { get; } = band.Where(p => p.Text.Length > 0)
            .GroupBy(p => PrintedText.Label(p.Text)).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        /// <summary>For each value, the band's cells over its column, top first.</summary>
        public Dictionary<PrintedCell, ImmutableArray<PrintedCell>> Chains { get; } = values.ToDictionary(v => v, v => Over(band, v.Column).ToImmutableArray());

        public string? BlockTitle { get; } = blockTitle;

        /// <summary>The band's cells over a column, top first.</summary>
        public IEnumerable<PrintedCell> Over(int column) => Over(Band, column);

        private static IEnumerable<PrintedCell> Over(ImmutableArray<PrintedCell> band, int column) =>
            band.Where(h => h.Column <= column && column < h.Column + h.ColumnSpan).OrderBy(h => h.Row);

        /// <summary>Whether the row prints an amount (whose unit its header may give).</summary>
        public bool HasAmount { get; } = values.Any(v => PrintedLayout.IsAmount(edition, v.CellIndex));
    }

    /// <summary>The printed layout arranged for recognition: data rows and the label lookups.</summary>
    private sealed class Layout
    {
        public Layout(EditionFormat format)
        {
            ImmutableArray<PrintedTable> tables = PrintedLayout.Tables(format.Edition);
            Tables = tables;
            var rows = new List<PrintedRow>();
            for (int t = 0; t < tables.Length; t++)
            {
                PrintedTable table = tables[t];
                int section = ReportFormat.Sections.IndexOf(table.Section);
                int bandStart = 0;
                string? title = null;
                for (int r = 0; r < table.Rows.Length; r++)
                {
                    ImmutableArray<PrintedCell> cells = table.Rows[r];
                    if (cells.Any(c => c.Kind == PrintedCellKind.BlockTitle))
                    {
                        bandStart = r + 1;
                        title = PrintedText.Label(cells.First(c => c.Kind == PrintedCellKind.BlockTitle).Text);
                        continue;
                    }

                    ImmutableArray<PrintedCell> values = [.. cells.Where(c => c.Kind == PrintedCellKind.Value)];
                    if (values.IsEmpty)
                    {
                        continue;
                    }

                    FormatEntry entry = cells.LastOrDefault(c => c.Kind == PrintedCellKind.RowHeader)?.Entry ?? table.Section;
                    ImmutableArray<PrintedCell> band = [.. table.Rows[bandStart..r].SelectMany(x => x).Where(c => c.Kind == PrintedCellKind.ColumnHeader)];
                    rows.Add(new PrintedRow(format.Edition, t, section, entry, values, band, title));
                }
            }

            Rows = [.. rows];
            var labels = new Dictionary<string, int>(StringComparer.Ordinal);
            var stripped = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < Rows.Length; i++)
            {
                if (Rows[i].Entry == tables[Rows[i].Table].Section)
                {
                    CaseRow = i;
                    continue;
                }

                string label = PrintedText.Label(Rows[i].Entry.LabelZh);
                labels[label] = i;
                string bare = PrintedText.WithoutNumbering(label);
                if (bare.Length >= 4)
                {
                    stripped[bare] = stripped.ContainsKey(bare) ? -1 : i;
                }
            }

            foreach ((string bare, int i) in stripped.Where(s => s.Value >= 0))
            {
                labels.TryAdd(bare, i);
            }

            // A row of section 二 printed with the other edition's label for it (行政规范性文件 and 规范性文件, report-format.md).
            foreach (ReportEdition other in Enum.GetValues<ReportEdition>().Where(e => e != format.Edition))
            {
                foreach (FormatEntry variant in ReportFormat.Of(other).DisclosureRows)
                {
                    if (format.DisclosureRows.FirstOrDefault(r => r.JsonKey == variant.JsonKey) is { } entry && Rows.FirstOrDefault(r => r.Entry == entry) is { } printed)
                    {
                        labels.TryAdd(PrintedText.Label(variant.LabelZh), Rows.IndexOf(printed));
                    }
                }
            }

            Labels = labels;
            FormatEntry otherHandling = format.Get(ApplicationRow.OtherHandling);
            OtherHandlingOther = Rows.IndexOf(Rows.First(r => r.Entry == otherHandling));

            // The group （六）其他处理 over 3.其他, which a document may print as one row (the 2019 edition's row has no group).
            OtherHandlingGroup = format.Prints(ApplicationRow.NoCorrection) ? otherHandling.Parent : null;

            // In the 2019 edition, the labels of the 2021 edition's sub-rows of （六）, with and without their numbering,
            // each with whether it names its row alone (3.其他 and 其他 do not).
            OtherEditionSubRows = new Dictionary<string, bool>(StringComparer.Ordinal);
            ForeignBands = new Dictionary<PrintedRow, HashSet<string>>(ReferenceEqualityComparer.Instance);
            if (OtherHandlingGroup is null)
            {
                Layout other = Templates[ReportEdition.Edition2021].Value;
                foreach (PrintedRow row in Rows)
                {
                    // Only the labels of 2021 columns whose cells this edition does not have (本年废止件数, not 2021's
                    // 本年处理决定数量 for the 处理决定数量 both editions keep at one pointer).
                    var own = row.Values.Select(v => PrintedLayout.CellPointer(format.Edition, v.CellIndex)).ToHashSet(StringComparer.Ordinal);
                    HashSet<string> foreign = [.. other.Rows.Where(o => o.Entry.JsonPointer == row.Entry.JsonPointer)
                        .SelectMany(o => o.Values.Where(v => !own.Contains(PrintedLayout.CellPointer(ReportEdition.Edition2021, v.CellIndex)))
                            .Select(v => o.BandKeys[o.Chains[v][^1]]))
                        .Where(t => t.Length >= 4 && !row.BandTexts.Contains(t))];
                    if (foreign.Count > 0)
                    {
                        ForeignBands[row] = foreign;
                    }
                }

                EditionFormat sub = ReportFormat.Of(ReportEdition.Edition2021);
                FormatEntry group = sub.Get(ApplicationRow.OtherHandling).Parent!;
                foreach (FormatEntry entry in Enum.GetValues<ApplicationRow>().Where(sub.Prints).Select(sub.Get).Where(e => e.Parent == group))
                {
                    string label = PrintedText.Label(entry.LabelZh);
                    bool distinctive = entry != sub.Get(ApplicationRow.OtherHandling);
                    OtherEditionSubRows[label] = distinctive;
                    OtherEditionSubRows.TryAdd(PrintedText.WithoutNumbering(label), distinctive);
                }
            }
            Groups = tables.SelectMany(t => t.Cells)
                .Where(c => c.Kind == PrintedCellKind.RowHeader && c.Entry is not null && !labels.ContainsKey(PrintedText.Label(c.Text)))
                .GroupBy(c => PrintedText.Label(c.Text)).ToDictionary(g => g.Key, g => g.First().Entry!, StringComparer.Ordinal);
            CaseHeader = ReviewLabel;
            RowLabels = [.. Rows.Select((r, i) => i == CaseRow ? string.Empty : PrintedText.Label(r.Entry.LabelZh))];
        }

        /// <summary>Each row's label as compared, by index in <see cref="Rows"/> (empty for section 四's, which has none).</summary>
        public ImmutableArray<string> RowLabels { get; }

        public ImmutableArray<PrintedTable> Tables { get; }

        public ImmutableArray<PrintedRow> Rows { get; }

        /// <summary>Row labels as compared (with and without numbering, and known variants) → index in <see cref="Rows"/>.</summary>
        public Dictionary<string, int> Labels { get; }

        /// <summary>Group labels (<c>（三）不予公开</c>, <c>三、本年度办理结果</c>) → their entries.</summary>
        public Dictionary<string, FormatEntry> Groups { get; }

        /// <summary>The row of section 四's values (it has no label).</summary>
        public int CaseRow { get; }

        /// <summary>The row of 3.其他, where a one-row （六）其他处理 is read.</summary>
        public int OtherHandlingOther { get; }

        public FormatEntry? OtherHandlingGroup { get; }

        /// <summary>
        /// The 2019 edition's: for each row whose block the 2021 edition prints with columns this edition does not have
        /// (section 二's), those columns' labels as compared (本年废止件数, 现行有效件数…). Empty for the 2021 edition.
        /// </summary>
        public Dictionary<PrintedRow, HashSet<string>> ForeignBands { get; }

        /// <summary>
        /// The 2019 edition's: the 2021 edition's sub-row labels of （六）其他处理 as compared → whether the label names its
        /// row alone (not 3.其他). Empty for the 2021 edition.
        /// </summary>
        public Dictionary<string, bool> OtherEditionSubRows { get; }

        /// <summary>The label of section 四's first header cell (行政复议), which marks the table.</summary>
        public string CaseHeader { get; }
    }
}
