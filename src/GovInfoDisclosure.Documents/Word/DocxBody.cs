using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>The walk over a Word document's body: paragraphs, tables and the text of runs.</summary>
internal sealed class DocxBody
{
    private readonly string? _file;
    private readonly int _maxDepth;
    private readonly BlockList _blocks;
    private readonly Dictionary<string, Style> _styles;

    /// <summary>What each style (along its bases) says of its runs' hiding and raising, once asked.</summary>
    private readonly Dictionary<string, (bool? Hidden, VerticalPositionValues? Align)> _styleRuns = new(StringComparer.Ordinal);

    /// <summary>The document's default paragraph style (<c>w:default="1"</c>, Word's 正文), the style of a paragraph naming none.</summary>
    private readonly string? _defaultParagraphStyle;
    private readonly DocxNumbering? _numbering;
    private readonly DocxRunFonts _runFonts;

    /// <summary>The picture fonts of the run whose text is being read; null where it is typed in text fonts.</summary>
    private DocxRunFonts.Fonts? _pictureFonts;

    /// <summary>For each field open at this point, whether its instruction (not its result) is being read.</summary>
    private readonly Stack<bool> _fields = new();

    /// <summary>
    /// Paragraphs whose mark a tracked change deletes or moves away, held until the paragraph they run into, whose mark
    /// stays with its properties (its style among them); the last of them where no paragraph follows.
    /// </summary>
    private List<Paragraph>? _held;

    /// <summary>While held paragraphs are read, the paragraph they run into, whose style their runs take.</summary>
    private Paragraph? _heldInto;

    private Paragraph? HeldLast => _held?[^1];

    internal DocxBody(MainDocumentPart main, string? file, ImportOptions options)
    {
        _file = file;
        _maxDepth = DocumentLimits.MaxDepth(options);
        _blocks = new BlockList(file, options);
        _styles = [];
        foreach (Style style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
                if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                {
                    // Where several say so, the last is the default (ECMA-376 Part 1, the w:default attribute of w:style).
                    _defaultParagraphStyle = id;
                }
            }
        }

        _runFonts = new DocxRunFonts(_styles, main.StyleDefinitionsPart?.Styles?.DocDefaults, ParagraphStyleOf);
        _numbering = DocxNumbering.Of(main.NumberingDefinitionsPart?.Numbering, _styles, file, options.MaxUncompressedBytes);
    }

    internal IReadOnlyList<DocumentBlock> Blocks => _blocks.Blocks;

    private SourceLocation Here => new() { File = _file };

    /// <summary>Reads the blocks of the document's body, at <paramref name="depth"/>.</summary>
    internal void Walk(OpenXmlElement body, int depth)
    {
        WalkBlocks(body, depth);
        AddHeld();
    }

    /// <summary>Reads the blocks of a container (the body, a content control, a layout table's cell).</summary>
    private void WalkBlocks(OpenXmlElement container, int depth)
    {
        if (depth > _maxDepth)
        {
            throw new DocumentReadException(
                $"The document's content is nested deeper than {_maxDepth:N0} levels (ImportOptions.MaxDepth).", _file);
        }

        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p when MarkRemoved(p):
                    Hold(p);
                    break;
                case Paragraph p:
                    _blocks.AddParagraph(ParagraphText(p), Here, IsHeading(p));
                    break;
                case Table table when IsLayoutTable(table):
                    // A table holding tables lays the page out (but for a cell's value in a small table of its own): its
                    // cells are read as containers.
                    AddHeld();
                    foreach (TableCell cell in table.Elements<TableRow>().Where(r => !RowDeleted(r)).SelectMany(r => r.Elements<TableCell>()).Where(c => !CellDeleted(c)))
                    {
                        WalkBlocks(cell, depth + 1);
                        AddHeld();
                    }

                    break;
                case Table table:
                    AddHeld();
                    ReadTable(table);
                    break;
                case SectionProperties or ParagraphProperties or TableProperties:
                    break;
                default:
                    WalkBlocks(child, depth + 1);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a tracked change deletes the paragraph's mark or moves it away (<c>w:del</c>, <c>w:moveFrom</c> in the
    /// mark's run properties): with the revision accepted the paragraph runs into the next one.
    /// </summary>
    private static bool MarkRemoved(Paragraph p) =>
        p.ParagraphProperties?.ParagraphMarkRunProperties is { } mark && (mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null);

    /// <summary>Whether a tracked change deletes the row (<c>w:trPr/w:del</c>): gone once the revision is accepted.</summary>
    private static bool RowDeleted(TableRow row) => row.TableRowProperties?.GetFirstChild<Deleted>() is not null;

    /// <summary>
    /// Whether a tracked change deletes the cell alone (<c>w:tcPr/w:cellDel</c>): once the revision is accepted it is gone
    /// and the cells after it move left. A cell inserted alone (<c>w:cellIns</c>) stays, as accepted.
    /// </summary>
    private static bool CellDeleted(TableCell cell) => cell.TableCellProperties?.GetFirstChild<CellDeletion>() is not null;

    private void Hold(Paragraph p) => (_held ??= []).Add(p);

    /// <summary>
    /// Paragraphs held for one that does not come (a table, a cell's or the document's end: Word cannot run a paragraph
    /// into them, so the last one's mark stays): one paragraph of their text, numbered and styled as the last of them;
    /// nothing when they were deleted whole.
    /// </summary>
    private void AddHeld()
    {
        bool heading = HeldLast is { } last && IsHeading(last);
        if (TakeHeld() is { } text)
        {
            _blocks.AddParagraph(text, Here, heading);
        }
    }

    /// <summary>
    /// The held paragraphs' text after the last one's number, cleaned as a paragraph's; null when none is held or their
    /// text is empty (paragraphs deleted whole print nothing, not even a number, and are not counted).
    /// </summary>
    private string? TakeHeld()
    {
        Paragraph? last = HeldLast;
        string held = TakeHeldRaw(into: null);
        if (last is null || Cleaned(held).Length == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        AppendNumber(last, sb);
        sb.Append(held);
        return Cleaned(sb.ToString());
    }

    /// <summary>
    /// The held paragraphs' text as their runs hold it, their runs styled as in the paragraph they run
    /// <paramref name="into"/> (else the last of them, whose mark stays), taken (nothing is held after); empty when none is.
    /// </summary>
    private string TakeHeldRaw(Paragraph? into)
    {
        if (_held is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        _heldInto = into ?? _held[^1];
        foreach (Paragraph p in _held)
        {
            AppendRuns(p, sb);
            CloseInstructions();
        }

        _heldInto = null;
        _held = null;
        return sb.ToString();
    }

    /// <summary>Text cleaned as a paragraph's: Word prints every space and tab as typed (it does not collapse them as a browser does).</summary>
    private static string Cleaned(string text) => Documents.CellText.Clean(Documents.CellText.Kept(text));

    private bool IsHeading(Paragraph p)
    {
        ParagraphProperties? properties = p.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is int level && level < 9)
        {
            return true;
        }

        // The paragraph's own style, then those it is based on.
        foreach (Style style in DocxStyles.Chain(_styles, properties?.ParagraphStyleId?.Val?.Value))
        {
            string name = style.StyleName?.Val?.Value ?? string.Empty;
            if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                || name.Equals("title", StringComparison.OrdinalIgnoreCase)
                || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a run is hidden (<c>w:vanish</c>) and how it is raised or lowered (<c>w:vertAlign</c>), as Word shows it:
    /// its own formatting, else its character style's (<c>w:rStyle</c>, such as Word's 脚注引用 that raises a footnote
    /// mark) and its paragraph's style's (<c>w:pStyle</c>), each along the styles it is based on. Hiding is a toggle
    /// (<see cref="Toggled"/>); raising is the nearer style's. Table styles and the document's defaults are not read.
    /// </summary>
    private (bool Hidden, VerticalPositionValues? Align) Shown(Run run)
    {
        RunProperties? own = run.RunProperties;
        bool? hidden = own?.Vanish is { } vanish ? vanish.Val?.Value ?? true : null;
        VerticalPositionValues? align = own?.VerticalTextAlignment?.Val?.Value;
        if (hidden is null || align is null)
        {
            (bool? characterHidden, VerticalPositionValues? characterAlign) = StyledRuns(own?.RunStyle?.Val?.Value);
            (bool? paragraphHidden, VerticalPositionValues? paragraphAlign) = StyledRuns(ParagraphStyleOf(run.Ancestors<Paragraph>().FirstOrDefault()));
            hidden ??= Toggled(characterHidden, paragraphHidden);
            align ??= characterAlign ?? paragraphAlign;
        }

        return (hidden ?? false, align);
    }

    /// <summary>
    /// A paragraph's style: the one it names (<c>w:pStyle</c>), else the document's default paragraph style; a held
    /// paragraph's, while it is read, the style of the paragraph it runs into.
    /// </summary>
    private string? ParagraphStyleOf(Paragraph? paragraph)
    {
        if (paragraph is null)
        {
            return null;
        }

        Paragraph styled = _heldInto is { } into && _held!.Contains(paragraph) ? into : paragraph;
        return styled.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
    }

    /// <summary>
    /// Whether text is hidden by its character style and its paragraph style together. <c>w:vanish</c> is one of the
    /// standard's toggle properties (ECMA-376 Part 1, 17.7.3): set in a style, it turns hiding over, so a character style
    /// that hides text shows it again in a paragraph whose style hides it. Each style's own word is the nearest along the
    /// styles it is based on. A style that says <c>w:val="0"</c> is read as showing its text, as LibreOffice reads it
    /// (the standard leaves the state as it was; Word's own reading was not measured).
    /// </summary>
    private static bool? Toggled(bool? character, bool? paragraph) =>
        character is true && paragraph is true ? false : character ?? paragraph;

    /// <summary>
    /// What a style (along the styles it is based on, the nearest word winning) says of its runs' hiding and raising:
    /// the same for every run under it and for a paragraph's mark, so asked of its chain once.
    /// </summary>
    private (bool? Hidden, VerticalPositionValues? Align) StyledRuns(string? id)
    {
        if (id is null)
        {
            return (null, null);
        }

        if (!_styleRuns.TryGetValue(id, out (bool? Hidden, VerticalPositionValues? Align) styled))
        {
            foreach (Style style in DocxStyles.Chain(_styles, id))
            {
                StyleRunProperties? properties = style.StyleRunProperties;
                styled.Hidden ??= properties?.Vanish is { } vanish ? vanish.Val?.Value ?? true : null;
                styled.Align ??= properties?.VerticalTextAlignment?.Val?.Value;
            }

            _styleRuns[id] = styled;
        }

        return styled;
    }

    private string ParagraphText(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        // Paragraphs held before it run into it, after its number: the paragraph that keeps its mark keeps its
        // properties, the number among them; text run into it shows it, hidden or not.
        string held = TakeHeldRaw(paragraph as Paragraph);
        if (paragraph is Paragraph numbered)
        {
            AppendNumber(numbered, sb, shown: held.Length > 0 && Cleaned(held).Length > 0);
        }

        sb.Append(held);
        AppendRuns(paragraph, sb);
        CloseInstructions();
        return Cleaned(sb.ToString());
    }

    private void CloseInstructions()
    {
        if (_fields.Contains(true))
        {
            // A field's instruction never spans paragraphs (its result may): a field left open in its instruction is
            // broken, and must not hide the rest of the document.
            _fields.Clear();
        }
    }

    /// <summary>
    /// The text of runs in document order: <c>w:t</c>, tabs, breaks; a field's result and not its instruction; deleted
    /// text not (the document as it reads with its revisions accepted); one branch of alternate content.
    /// </summary>
    private void AppendRuns(OpenXmlElement element, StringBuilder sb)
    {
        foreach (OpenXmlElement child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    if (!_fields.Contains(true))
                    {
                        sb.Append(_pictureFonts is { } fonts ? fonts.Shown(t.Text) : t.Text);
                    }

                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case SymbolChar symbol:
                    sb.Append(SymbolShown(symbol));
                    break;
                case FieldChar field:
                    OnFieldChar(field);
                    break;
                case ParagraphProperties or RunProperties or FieldCode or DeletedText or DeletedFieldCode:
                    break;
                case DeletedRun or MoveFromRun:
                    // Deleted or moved away by tracked changes: the document reads as with its revisions accepted.
                    break;
                case Run run:
                    (bool hidden, VerticalPositionValues? align) = Shown(run);
                    if (hidden)
                    {
                        // Hidden text (w:vanish): Word neither shows nor prints it.
                        break;
                    }

                    DocxRunFonts.Fonts? outer = _pictureFonts;
                    _pictureFonts = _runFonts.Of(run);
                    if (align == VerticalPositionValues.Superscript || align == VerticalPositionValues.Subscript)
                    {
                        // A footnote mark after a number (131, then 1 raised) is no digit of it: raised as it shows.
                        var raised = new StringBuilder();
                        AppendRuns(run, raised);
                        sb.Append(CellText.Scripted(raised.ToString(), align == VerticalPositionValues.Superscript));
                    }
                    else
                    {
                        AppendRuns(run, sb);
                    }

                    _pictureFonts = outer;
                    break;
                case Paragraph nested:
                    // A paragraph inside a run (a text box) or a content control: a line of its own.
                    sb.Append('\n');
                    AppendNumber(nested, sb);
                    AppendRuns(nested, sb);
                    sb.Append('\n');
                    break;
                case AlternateContent alternate:
                    if (alternate.ChildElements.FirstOrDefault(e => e is AlternateContentChoice or AlternateContentFallback) is { } branch)
                    {
                        AppendRuns(branch, sb);
                    }

                    break;
                default:
                    AppendRuns(child, sb);
                    break;
            }
        }
    }

    /// <summary>
    /// The character a symbol inserted by Word (<c>w:sym</c>, Insert ▸ Symbol) shows: its code where the font is a text font
    /// (<c>2212</c>, the minus sign, in 宋体), and in any font where the code is above 00FF outside the private area (a
    /// Unicode character, <c>2713</c>); in the Symbol font (its codes stored in the private area, <c>F02D</c>, or not)
    /// the character of the Symbol font's encoding (its minus sign U+2212, √, ≥, α …); in Wingdings, Wingdings 2, Wingdings
    /// 3 or Webdings the character Unicode has for its mark (➢, ✓, ☑, ●, ①, 🗸, ▲: <see cref="PictureFonts.Table"/>);
    /// anything else (a mark without a character, a font this reader does not know, a code that is none, a piece of a
    /// large bracket) U+FFFD, a character that says it is unknown: a number holding it is no number, said with its text,
    /// rather than a sign or digit dropped.
    /// </summary>
    private static string SymbolShown(SymbolChar symbol)
    {
        const string Unknown = "\uFFFD";
        if (!int.TryParse(symbol.Char?.Value, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int code)
            || code is <= 0x20 or >= 0xFFFE)
        {
            return Unknown;
        }

        string[]? font = PictureFonts.Table(symbol.Font?.Value);
        bool privateArea = code is >= 0xF000 and <= 0xF0FF;
        if ((font is null || code > 0xFF) && !privateArea)
        {
            return char.IsSurrogate((char)code) || char.IsControl((char)code) ? Unknown : ((char)code).ToString();
        }

        int inFont = privateArea ? code - 0xF000 : code;
        return font is not null && inFont is >= 0x20 and <= 0xFF ? font[inFont - 0x20] : Unknown;
    }

    /// <summary>
    /// The number Word prints before a numbered paragraph (一、, （一）), which is not in its runs; none before a paragraph
    /// Word hides whole (its mark hidden and no run shown), unless it is <paramref name="shown"/> by text run into it.
    /// </summary>
    private void AppendNumber(Paragraph paragraph, StringBuilder sb, bool shown = false)
    {
        if (_numbering is null)
        {
            return;
        }

        string number = _numbering.Next(paragraph);
        if (number.Length > 0 && (shown || !(MarkHidden(paragraph) && !paragraph.Descendants<Run>().Any(r => !Shown(r).Hidden))))
        {
            sb.Append(number);
        }
    }

    /// <summary>
    /// Whether a paragraph's mark is hidden: by its own run properties (<c>w:pPr/w:rPr/w:vanish</c>), else by its
    /// character style and the paragraph's style together, as a run is (<see cref="Shown"/>).
    /// </summary>
    private bool MarkHidden(Paragraph paragraph)
    {
        ParagraphMarkRunProperties? mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        return (mark?.GetFirstChild<Vanish>() is { } vanish ? vanish.Val?.Value ?? true : (bool?)null)
            ?? Toggled(StyledRuns(mark?.GetFirstChild<RunStyle>()?.Val?.Value).Hidden, StyledRuns(ParagraphStyleOf(paragraph)).Hidden)
            ?? false;
    }

    private void OnFieldChar(FieldChar field)
    {
        FieldCharValues? type = field.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _fields.Push(true);
        }
        else if (type == FieldCharValues.Separate && _fields.Count > 0)
        {
            _fields.Pop();
            _fields.Push(false);
        }
        else if (type == FieldCharValues.End && _fields.Count > 0)
        {
            _fields.Pop();
        }
    }

    private void ReadTable(Table table)
    {
        int number = _blocks.NextTableNumber;
        var pending = new List<List<Pending>>();
        foreach (TableRow tr in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            if (RowDeleted(tr))
            {
                continue;
            }

            int column = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var row = new List<Pending>();
            if (column > 0)
            {
                // Grid columns the row leaves out before its first cell: a slot printed as nothing.
                row.Add(new Pending(string.Empty, 0, column, Merge.None));
            }

            foreach (TableCell tc in tr.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == tr))
            {
                if (CellDeleted(tc))
                {
                    continue;
                }

                TableCellProperties? properties = tc.TableCellProperties;
                int span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                Merge merge = properties?.VerticalMerge is { } v
                    ? v.Val?.Value == MergedCellValues.Restart ? Merge.Restart : Merge.Continue
                    : Merge.None;
                string text = TextOfCell(tc);
                if (properties?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue && row.Count > 0)
                {
                    // The legacy horizontal merge: the cell widens the one before it.
                    row[^1].ColumnSpan += span;
                    row[^1].Append(text);
                }
                else
                {
                    row.Add(new Pending(text, column, span, merge));
                }

                column += span;
            }

            _blocks.CountCells(row.Count, Here with { Table = number, Row = pending.Count + 1 });
            pending.Add(row);
        }

        MergeVertically(pending);
        var rows = pending
            .Select(r => r.Where(c => c.Origin is null)
                .Select(c => new DocumentCell(c.Text, Here, c.RowSpan, c.ColumnSpan)).ToList())
            .ToList();
        if (rows.Count > 0)
        {
            _blocks.AddTable(rows, Here);
        }
    }

    /// <summary>
    /// Turns <c>vMerge</c> continuations into row spans: a continuing cell extends the cell above it at the same grid
    /// column; its text, if any, is added to that cell's. A continuation with nothing to continue stays a cell.
    /// </summary>
    private static void MergeVertically(List<List<Pending>> rows)
    {
        for (int r = 1; r < rows.Count; r++)
        {
            foreach (Pending cell in rows[r])
            {
                if (cell.Merge != Merge.Continue)
                {
                    continue;
                }

                Pending? above = rows[r - 1].Find(c => c.Column == cell.Column && c.ColumnSpan == cell.ColumnSpan && c.Merge != Merge.None);
                if (above is null)
                {
                    continue;
                }

                Pending origin = above.Origin ?? above;
                cell.Origin = origin;
                origin.RowSpan++;
                origin.Append(cell.Text);
            }
        }
    }

    private string TextOfCell(TableCell cell)
    {
        var lines = new List<string>();
        AddCellLines(cell, lines);
        if (TakeHeld() is { } held)
        {
            lines.Add(held);
        }

        // A cell is cleaned as a page's is (white space collapsed, lines trimmed), not shown as typed as a paragraph is:
        // the spaces its paragraphs keep are spaces again first, so that a number typed " 110" or a label with a space in
        // it reads as printed.
        return Documents.CellText.Clean(Documents.CellText.Shown(string.Join('\n', lines)));
    }

    /// <summary>
    /// Adds the lines of a cell's paragraphs, those inside content controls and custom XML (<c>w:sdt</c>,
    /// <c>w:customXml</c>) as the cell's own: a paragraph whose mark a tracked change deletes runs into the next across a
    /// control's edge, as in the body.
    /// </summary>
    private void AddCellLines(OpenXmlElement container, List<string> lines)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p when MarkRemoved(p):
                    Hold(p);
                    break;
                case Paragraph p:
                    lines.Add(ParagraphText(p));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    AddCellLines(child, lines);
                    break;
                case Table value:
                    // A cell's value in a small table of its own (IsValueTable): its cells' lines are the cell's.
                    foreach (TableCell cell in value.Descendants<TableCell>())
                    {
                        AddCellLines(cell, lines);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A table used for layout (one holding a table that is not a cell's value, <see cref="IsValueTable"/>): its cells are
    /// read as containers, not as a table.
    /// </summary>
    private static bool IsLayoutTable(Table table) => table.Descendants<Table>().Any(inner => !IsValueTable(inner));

    /// <summary>
    /// Whether a table inside a table's cell is the cell's value (<see cref="Documents.CellText.MaxValueTableCells"/>): all
    /// its cell holds (but for the empty paragraph Word puts after a table), at most that many cells, no table in it, and
    /// its cell one of several (a table of one cell wraps what it holds). Its text is the cell's.
    /// </summary>
    private static bool IsValueTable(Table inner)
    {
        if (inner.Parent is not TableCell cell || inner.Descendants<Table>().Any()
            || cell.Parent is not TableRow row || (row.Elements<TableCell>().Count() == 1 && row.PreviousSibling<TableRow>() is null && row.NextSibling<TableRow>() is null))
        {
            return false;
        }

        foreach (OpenXmlElement child in cell.ChildElements)
        {
            if (child != inner && child is not TableCellProperties && (child is not Paragraph p || p.Descendants<Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text))))
            {
                return false;
            }
        }

        return inner.Descendants<TableCell>().Take(Documents.CellText.MaxValueTableCells + 1).Count() <= Documents.CellText.MaxValueTableCells;
    }

    private enum Merge
    {
        None,
        Restart,
        Continue,
    }

    private sealed class Pending(string text, int column, int columnSpan, Merge merge)
    {
        public string Text { get; private set; } = text;

        public int Column { get; } = column;

        public int ColumnSpan { get; set; } = columnSpan;

        public int RowSpan { get; set; } = 1;

        public Merge Merge { get; } = merge;

        public Pending? Origin { get; set; }

        public void Append(string more)
        {
            if (more.Length > 0)
            {
                Text = Text.Length == 0 ? more : Text + "\n" + more;
            }
        }
    }
}
