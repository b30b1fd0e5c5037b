using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Json;

/// <summary>A fault found while reading, before its line and column are worked out from the buffer.</summary>
internal sealed class ReportReadFault(string reason, string jsonPath, long tokenStart, long? line = null, long? bytePositionInLine = null) : Exception(reason)
{
    public string Reason { get; } = reason;

    public string JsonPath { get; } = jsonPath;

    /// <summary>The byte offset of the token at fault, or -1 where the line is known instead.</summary>
    public long TokenStart { get; } = tokenStart;

    /// <summary>The 0-based line, where the JSON reader itself reported the fault.</summary>
    public long? Line { get; } = line;

    /// <summary>The 0-based byte position in that line.</summary>
    public long? BytePositionInLine { get; } = bytePositionInLine;
}

/// <summary>The keys an object of the document may have: UTF-8 for matching, strings for messages.</summary>
internal sealed class KeySet
{
    public KeySet(string what, params string[] names)
    {
        What = what;
        Names = names;
        Utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
        Listed = string.Join(", ", names);
    }

    public KeySet(string what, IEnumerable<FormatEntry> entries)
        : this(what, [.. entries.Select(e => e.JsonKey)])
    {
    }

    /// <summary>What the object is, for messages (its printed label).</summary>
    public string What { get; }

    public string[] Names { get; }

    public byte[][] Utf8 { get; }

    public string Listed { get; }

    public int AllRequired => (1 << Names.Length) - 1;

    /// <summary>
    /// The keys of the same object in the other edition of the format, where they differ (section 二's rows and cells,
    /// section 三's （六）其他处理): a key of the other edition is refused as such, not as an unknown key.
    /// </summary>
    public KeySet? OtherEdition { get; private set; }

    /// <summary>The edition of these keys (the one whose documents they belong in).</summary>
    public ReportEdition Edition { get; private set; } = ReportEdition.Edition2021;

    /// <summary>Links the keys of one object in the two editions, each the other's <see cref="OtherEdition"/>.</summary>
    public static void Pair(KeySet keys2021, KeySet keys2019)
    {
        keys2021.OtherEdition = keys2019;
        keys2019.OtherEdition = keys2021;
        keys2019.Edition = ReportEdition.Edition2019;
    }

    /// <summary>The index of a key, or -1.</summary>
    public int IndexOf(ref readonly Utf8JsonReader reader)
    {
        for (int i = 0; i < Utf8.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// The strict reader of the canonical document: one pass over a <see cref="Utf8JsonReader"/>, keys matched against the
/// catalogue, every fault raised with its JSON path. Unknown and duplicate keys, wrong types, negative or fractional
/// counts and missing required members are faults; a missing or <c>null</c> cell is a blank. The path is kept as a
/// stack of the catalogue's key strings and turned into text only when there is a fault.
/// </summary>
internal ref struct ReportJsonReader
{
    private static readonly KeySet DocumentKeys = new(
        "the report",
        [ReportFormat.Edition, ReportFormat.Year, ReportFormat.Agency, ReportFormat.Kind, ReportFormat.Title, ReportFormat.PublishedOn, ReportFormat.Overview,
        ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation, ReportFormat.ProblemsAndImprovements,
        ReportFormat.OtherMatters, ReportFormat.InformationProcessingFee]);

    private static readonly KeySet AgencyKeys = new("the agency", [ReportFormat.AgencyName, ReportFormat.AgencyRegion]);
    private static readonly KeySet ParagraphKeys = new("a paragraph", [ReportFormat.ParagraphHeading, ReportFormat.ParagraphText]);
    private static readonly KeySet DisclosureRowKeys = new(ReportFormat.ProactiveDisclosure.LabelZh, ReportFormat.DisclosureRows);
    private static readonly KeySet[] DisclosureCellKeys =
        [.. ReportFormat.DisclosureRows.Select(row => new KeySet(row.QualifiedLabelZh, ReportFormat.DisclosureCells.Where(c => c.Parent == row)))];

    private static readonly KeySet ApplicationsKeys = new(
        ReportFormat.Applications.LabelZh,
        [ReportFormat.Get(ApplicationRow.Received), ReportFormat.Get(ApplicationRow.CarriedOver), ReportFormat.Get(ApplicationRow.Disclosed).Parent!,
        ReportFormat.Get(ApplicationRow.CarriedForward)]);

    private static readonly KeySet OutcomesKeys = new(
        ReportFormat.Get(ApplicationRow.Disclosed).Parent!.LabelZh,
        [ReportFormat.Get(ApplicationRow.Disclosed), ReportFormat.Get(ApplicationRow.PartiallyDisclosed), .. ReportFormat.OutcomeGroups,
        ReportFormat.Get(ApplicationRow.OutcomesTotal)]);

    private static readonly (ApplicationRow First, KeySet Keys)[] GroupRows =
    [
        .. ReportFormat.OutcomeGroups.Select(group =>
        {
            ApplicationRow[] rows = [.. Enum.GetValues<ApplicationRow>().Where(r => ReportFormat.Get(r).Parent == group)];
            return (rows[0], new KeySet(group.LabelZh, rows.Select(ReportFormat.Get)));
        }),
    ];

    private static readonly KeySet[] RowCellKeys =
        [.. Enum.GetValues<ApplicationRow>().Select(r => new KeySet(ReportFormat.Get(r).QualifiedLabelZh, ReportFormat.ApplicantColumns))];

    private static readonly KeySet CaseBlockKeys = new(ReportFormat.ReviewAndLitigation.LabelZh, ReportFormat.CaseBlocks);
    private static readonly KeySet[] CaseCellKeys = [.. ReportFormat.CaseBlocks.Select(b => new KeySet(b.LabelZh, ReportFormat.CaseColumns))];

    // The 2019 edition (国办公开办函〔2019〕60号): section 二's eight rows and their cells, and （六）其他处理 as one row whose
    // cells are the applicant columns. Every object whose keys differ between the editions is paired with its
    // counterpart, so that a key of the other edition is named as such.
    private static readonly KeySet DisclosureRowKeys2019 = new(ReportFormat.ProactiveDisclosure.LabelZh, ReportFormat.DisclosureRows2019);
    private static readonly KeySet[] DisclosureCellKeys2019 =
    [
        .. ReportFormat.DisclosureRows2019.Select(row => row == ProcurementRow
            ? new KeySet(row.QualifiedLabelZh, [.. ReportFormat.DisclosureCells2019.Where(c => c.Parent == row), ReportFormat.ProcurementAmountUnit])
            : new KeySet(row.QualifiedLabelZh, ReportFormat.DisclosureCells2019.Where(c => c.Parent == row))),
    ];

    private static readonly KeySet OtherHandlingKeys2019 = new(ReportFormat.OtherHandling2019.QualifiedLabelZh, ReportFormat.ApplicantColumns);

#pragma warning disable CA1810 // The key sets are paired once they all exist; a static constructor states that order.
    static ReportJsonReader()
#pragma warning restore CA1810
    {
        KeySet.Pair(DisclosureRowKeys, DisclosureRowKeys2019);

        // The rows both editions have (regulations, normativeDocuments, licensing, penalties, compulsoryMeasures, fees),
        // matched by their key; otherServices and procurement are the 2019 edition's only.
        for (int row2019 = 0; row2019 < ReportFormat.DisclosureRows2019.Length; row2019++)
        {
            for (int row2021 = 0; row2021 < ReportFormat.DisclosureRows.Length; row2021++)
            {
                if (ReportFormat.DisclosureRows[row2021].JsonKey == ReportFormat.DisclosureRows2019[row2019].JsonKey)
                {
                    KeySet.Pair(DisclosureCellKeys[row2021], DisclosureCellKeys2019[row2019]);
                }
            }
        }

        KeySet.Pair(GroupRows[^1].Keys, OtherHandlingKeys2019);
    }

    /// <summary>The editions and their JSON values in UTF-8, the 2021 edition first (the common case); read twice per document, allocating nothing.</summary>
    private static readonly (ReportEdition Edition, byte[] Key)[] Editions =
        [.. Enum.GetValues<ReportEdition>().OrderByDescending(e => e).Select(e => (e, System.Text.Encoding.UTF8.GetBytes(ReportFormat.EditionKey(e))))];

    private static FormatEntry ProcurementRow => ReportFormat.ProcurementAmountUnit.Parent!;

    /// <summary>The deepest a value of the canonical document lies (a cell: document, section, group, row, cell), with room to spare.</summary>
    private const int MaxDepth = 8;

    private PathKeys _segments;
    private PathIndexes _indexes;
    private Utf8JsonReader _reader;
    private int _depth;

    /// <summary>The document's edition, known before its sections are read (see <see cref="ScanEdition"/>).</summary>
    private ReportEdition _edition;

    /// <summary>Whether the document's edition was read; false only where the text breaks off (invalid JSON) before it.</summary>
    private bool _editionStated;

    private ReportJsonReader(Utf8JsonReader reader)
    {
        _reader = reader;
        _segments = default;
        _indexes = default;
        _depth = 0;
        _edition = ReportEdition.Edition2021;
        _editionStated = false;
    }

    public static AnnualReport ReadDocument(ref Utf8JsonReader reader)
    {
        var self = new ReportJsonReader(reader);
        AnnualReport report;
        try
        {
            report = self.ReadReport();
        }
        catch (JsonException ex)
        {
            // Only Utf8JsonReader.Read throws this (invalid JSON); caught here, once, so that Next stays small and inlined.
            throw new ReportReadFault("the text is not valid JSON: " + StripLocation(ex.Message), self.Path(), -1, ex.LineNumber, ex.BytePositionInLine);
        }

        reader = self._reader;
        return report;
    }

    private AnnualReport ReadReport()
    {
        if (_reader.TokenType == JsonTokenType.None)
        {
            Next();
        }

        ExpectStartObject(DocumentKeys.What);
        ScanEdition();
        ReportEdition? edition = null;
        int? year = null;
        Agency? agency = null;
        ReportKind? kind = null;
        string? title = null;
        DateOnly? publishedOn = null;
        Narrative? overview = null, problems = null, other = null;
        ProactiveDisclosure? disclosure = null;
        Applications? applications = null;
        ProactiveDisclosure2019? disclosure2019 = null;
        Applications2019? applications2019 = null;
        ReviewAndLitigation? review = null;
        decimal? fee = null;
        int seen = 0;
        while (NextProperty())
        {
            int key = EnterKey(DocumentKeys, ref seen);
            switch (key)
            {
                case 0: edition = ReadEdition(); break;
                case 1: year = ReadYear(); break;
                case 2: agency = ReadAgency(); break;
                case 3: kind = ReadKind(); break;
                case 4: title = ReadOptionalString(); break;
                case 5: publishedOn = ReadDate(); break;
                case 6: overview = ReadNarrative(ReportFormat.Overview); break;
                case 7 when _edition == ReportEdition.Edition2019: disclosure2019 = ReadDisclosure2019(); break;
                case 7: disclosure = ReadDisclosure(); break;
                case 8: ReadApplications(ref applications, ref applications2019); break;
                case 9: review = ReadReview(); break;
                case 10: problems = ReadNarrative(ReportFormat.ProblemsAndImprovements); break;
                case 11: other = ReadNarrative(ReportFormat.OtherMatters); break;
                default: fee = ReadAmount("the information processing fee"); break;
            }

            Leave();
        }

        RequireAll(seen, DocumentKeys, 0b_0011_1000_0111);
        if (edition == ReportEdition.Edition2019)
        {
            return new AnnualReport(year!.Value, agency!, disclosure2019!, applications2019!, review!)
            {
                Kind = kind,
                Title = title,
                PublishedOn = publishedOn,
                Overview = overview,
                ProblemsAndImprovements = problems,
                OtherMatters = other,
                InformationProcessingFeeYuan = fee,
            };
        }

        return new AnnualReport
        {
            Edition = edition!.Value,
            Year = year!.Value,
            Agency = agency!,
            Kind = kind,
            Title = title,
            PublishedOn = publishedOn,
            Overview = overview,
            ProactiveDisclosure = disclosure!,
            Applications = applications!,
            ReviewAndLitigation = review!,
            ProblemsAndImprovements = problems,
            OtherMatters = other,
            InformationProcessingFeeYuan = fee,
        };
    }

    /// <summary>
    /// Reads the document's <c>edition</c> ahead of its sections, which it decides the keys of, and goes back to where
    /// the document starts. A document may give its keys in any order, <c>edition</c> after the sections too.
    /// </summary>
    /// <remarks>
    /// The scan runs on a copy of the reader's state (a <see cref="Utf8JsonReader"/> is a struct: copying it is a
    /// bookmark), steps over the members before <c>edition</c> with <see cref="Utf8JsonReader.TrySkip"/> (the tokenizer
    /// alone: nothing is decoded or allocated) and stops at it. A canonical document, as the writer writes it and as the
    /// 2021 path reads it, has <c>edition</c> first: the scan then costs two tokens, and the document is still read in
    /// one pass. Buffering the sections instead (a DOM, or their token ranges) would cost every document; the scan costs
    /// only a document in an unusual order, one pass of the tokenizer over what precedes its edition. The scan reports a
    /// bad edition, and a document without one, as the main pass would have (the same path, line and column); invalid
    /// JSON it leaves to the main pass, which names where it lies.
    /// </remarks>
    private void ScanEdition()
    {
        Utf8JsonReader start = _reader;
        int seen = 0;
        try
        {
            while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
            {
                int key = DocumentKeys.IndexOf(in _reader);
                if (key == 0)
                {
                    Enter(DocumentKeys.Names[0]);
                    Next();
                    _edition = ReadEdition();
                    _editionStated = true;
                    Leave();
                    _reader = start;
                    return;
                }

                seen |= key > 0 ? 1 << key : 0;
                if (!_reader.TrySkip())
                {
                    break; // the document is incomplete: the main pass says where
                }
            }

            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                // The whole document has no edition: the same fault as the main pass would raise at its end.
                RequireAll(seen, DocumentKeys, 0b_0011_1000_0111);
            }
        }
        catch (JsonException)
        {
            // Invalid JSON before any edition: the main pass reads up to it and reports it with its path.
            _depth = 0;
        }

        _reader = start;
    }

    private readonly ReportEdition ReadEdition()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Fault($"the edition must be a string such as \"{ReportFormat.EditionKey(ReportEdition.Edition2021)}\", not {Describe()}.");
        }

        foreach ((ReportEdition edition, byte[] key) in Editions)
        {
            if (_reader.ValueTextEquals(key))
            {
                return edition;
            }
        }

        throw Fault(
            $"unknown edition \"{GetText()}\"; the known editions are "
            + string.Join(" and ", Editions.Select(e => $"\"{ReportFormat.EditionKey(e.Edition)}\""))
            + $" (\"{ReportFormat.EditionKey(ReportEdition.Edition2019)}\" for reports on 2019 and 2020, \"{ReportFormat.EditionKey(ReportEdition.Edition2021)}\" from 2021 on).");
    }

    private readonly ReportKind? ReadKind()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Fault($"the kind must be a string, \"{ReportFormat.KindKey(ReportKind.Agency)}\" or \"{ReportFormat.KindKey(ReportKind.Government)}\", not {Describe()}.");
        }

        foreach (ReportKind kind in Enum.GetValues<ReportKind>())
        {
            if (_reader.ValueTextEquals(ReportFormat.KindKey(kind)))
            {
                return kind;
            }
        }

        throw Fault(
            $"unknown kind \"{GetText()}\"; a report is \"{ReportFormat.KindKey(ReportKind.Agency)}\" (an administrative body's own report) "
            + $"or \"{ReportFormat.KindKey(ReportKind.Government)}\" (a local government's report on its whole area).");
    }

    private readonly int ReadYear()
    {
        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out int year) || year < AnnualReport.MinYear || year > AnnualReport.MaxYear)
        {
            throw Fault($"the year must be a whole number from {AnnualReport.MinYear} to {AnnualReport.MaxYear}, not {Describe()}.");
        }

        return year;
    }

    private Agency ReadAgency()
    {
        ExpectStartObject(AgencyKeys.What);
        string? name = null, region = null;
        int seen = 0;
        while (NextProperty())
        {
            if (EnterKey(AgencyKeys, ref seen) == 0)
            {
                name = ReadOptionalString();
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw Fault("the agency's name must not be empty.");
                }
            }
            else
            {
                region = ReadOptionalString();
            }

            Leave();
        }

        RequireAll(seen, AgencyKeys, 0b01);
        return new Agency { Name = name!, Region = region };
    }

    private readonly DateOnly? ReadDate()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType == JsonTokenType.String)
        {
            // A date's text is decoded on the stack when its UTF-8 fits (it is at least as long as its characters);
            // a longer value (escaped, or not a date at all) is decoded as a string.
            Span<char> chars = stackalloc char[16];
            int raw = _reader.HasValueSequence ? (int)Math.Min(_reader.ValueSequence.Length, int.MaxValue) : _reader.ValueSpan.Length;
            ReadOnlySpan<char> text = raw <= chars.Length ? chars[..CopyText(chars)] : GetText();
            if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            throw Fault($"the date \"{text}\" is not a calendar date written YYYY-MM-DD.");
        }

        throw Fault($"the date must be a string written YYYY-MM-DD, not {Describe()}.");
    }

    private readonly string? ReadOptionalString() => _reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => GetText(),
        _ => throw Fault($"expected a string, not {Describe()}."),
    };

    /// <summary>Copies the current string into <paramref name="destination"/>, which must be long enough; invalid UTF-8 is a fault.</summary>
    private readonly int CopyText(Span<char> destination)
    {
        try
        {
            return _reader.CopyString(destination);
        }
        catch (InvalidOperationException)
        {
            throw Fault("the text is not valid UTF-8.");
        }
    }

    /// <summary>The current string or property name; invalid UTF-8 is a fault of the document, not a crash.</summary>
    private readonly string GetText()
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Fault("the text is not valid UTF-8.");
        }
    }

    private Narrative? ReadNarrative(FormatEntry section)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fault($"{section.LabelZh} ({section.NameEn}) must be an array of paragraphs, not {Describe()}.");
        }

        // Most sections have a few paragraphs: they are gathered on the stack and copied once into the narrative.
        ParagraphBuffer first = default;
        List<Paragraph>? more = null;
        int count = 0;
        while (true)
        {
            Next();
            if (_reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            Enter(count);
            ExpectStartObject(ParagraphKeys.What);
            string? heading = null, text = null;
            int seen = 0;
            while (NextProperty())
            {
                int key = EnterKey(ParagraphKeys, ref seen);
                string? value = ReadOptionalString();
                if (key == 0)
                {
                    heading = value;
                }
                else
                {
                    text = value ?? throw Fault("a paragraph's text must be a string, not null.");
                }

                Leave();
            }

            RequireAll(seen, ParagraphKeys, 0b10);
            var paragraph = new Paragraph { Heading = heading, Text = text! };
            if (count < 8)
            {
                first[count] = paragraph;
            }
            else
            {
                (more ??= []).Add(paragraph);
            }

            count++;
            Leave();
        }

        var paragraphs = new Paragraph[count];
        ((ReadOnlySpan<Paragraph>)first)[..Math.Min(count, 8)].CopyTo(paragraphs);
        more?.CopyTo(paragraphs, 8);
        return Narrative.Of(ImmutableCollectionsMarshal.AsImmutableArray(paragraphs));
    }

    private ProactiveDisclosure ReadDisclosure()
    {
        ExpectStartObject(DisclosureRowKeys.What);
        Span<int?> counts = stackalloc int?[3];
        DocumentCounts? regulations = null, normative = null;
        DecisionCount? licensing = null, penalties = null, compulsory = null;
        FeeAmount? fees = null;
        int seen = 0;
        while (NextProperty())
        {
            int key = EnterKey(DisclosureRowKeys, ref seen);
            counts.Clear();
            switch (key)
            {
                case 0 or 1:
                    ReadCountRow(DisclosureCellKeys[key], counts);
                    var documents = new DocumentCounts { Issued = counts[0], Abolished = counts[1], InForce = counts[2] };
                    (key == 0 ? ref regulations : ref normative) = documents;
                    break;
                case 2 or 3 or 4:
                    ReadCountRow(DisclosureCellKeys[key], counts);
                    var decisions = new DecisionCount { Decisions = counts[0] };
                    (key == 2 ? ref licensing : ref key == 3 ? ref penalties : ref compulsory) = decisions;
                    break;
                default:
                    fees = ReadFees(DisclosureCellKeys[key]);
                    break;
            }

            Leave();
        }

        RequireAll(seen, DisclosureRowKeys, DisclosureRowKeys.AllRequired);
        return new ProactiveDisclosure
        {
            Regulations = regulations!, NormativeDocuments = normative!, Licensing = licensing!, Penalties = penalties!,
            CompulsoryMeasures = compulsory!, Fees = fees!,
        };
    }

    private FeeAmount ReadFees(KeySet keys)
    {
        ExpectStartObject(keys.What);
        decimal? amount = null;
        int seen = 0;
        while (NextProperty())
        {
            EnterKey(keys, ref seen);
            amount = ReadAmount(keys.What + " · " + ReportFormat.Get(DisclosureCell.FeesAmount).LabelZh);
            Leave();
        }

        return new FeeAmount { Amount = amount };
    }

    private ProactiveDisclosure2019 ReadDisclosure2019()
    {
        ExpectStartObject(DisclosureRowKeys2019.What);
        Span<int?> counts = stackalloc int?[3];
        PublicationCounts? regulations = null, normative = null;
        ItemCounts? licensing = null, otherServices = null, penalties = null, compulsory = null;
        FeeItems? fees = null;
        ProcurementTotals? procurement = null;
        int seen = 0;
        while (NextProperty())
        {
            int key = EnterKey(DisclosureRowKeys2019, ref seen);
            counts.Clear();
            KeySet cells = DisclosureCellKeys2019[key];
            switch (key)
            {
                case 0 or 1:
                    ReadCountRow(cells, counts);
                    var publication = new PublicationCounts { Made = counts[0], Published = counts[1], PublishedTotal = counts[2] };
                    (key == 0 ? ref regulations : ref normative) = publication;
                    break;
                case 2 or 3 or 4 or 5:
                    ReadCountRow(cells, counts, signed: ChangeCell);
                    var items = new ItemCounts { PreviousYearItems = counts[0], Change = counts[1], Decisions = counts[2] };
                    (key == 2 ? ref licensing : ref key == 3 ? ref otherServices : ref key == 4 ? ref penalties : ref compulsory) = items;
                    break;
                case 6:
                    ReadCountRow(cells, counts, signed: ChangeCell);
                    fees = new FeeItems { PreviousYearItems = counts[0], Change = counts[1] };
                    break;
                default:
                    procurement = ReadProcurement(cells);
                    break;
            }

            Leave();
        }

        RequireAll(seen, DisclosureRowKeys2019, DisclosureRowKeys2019.AllRequired);
        return new ProactiveDisclosure2019
        {
            Regulations = regulations!, NormativeDocuments = normative!, Licensing = licensing!, OtherServices = otherServices!,
            Penalties = penalties!, CompulsoryMeasures = compulsory!, Fees = fees!, Procurement = procurement!,
        };
    }

    /// <summary>The bit of 本年增/减 (<c>change</c>) in a row of items, from the catalogue's order: the one signed count of the document.</summary>
    private static readonly int ChangeCell = 1 << (DisclosureCell2019.LicensingChange - DisclosureCell2019.LicensingPreviousYearItems);

    /// <summary>The printed label of 本年增/减, for messages.</summary>
    private static string ChangeLabel => ReportFormat.Get(DisclosureCell2019.LicensingChange).LabelZh;

    /// <summary>政府集中采购: the number of projects, the amount (exact) and the unit printed with it.</summary>
    private ProcurementTotals ReadProcurement(KeySet keys)
    {
        ExpectStartObject(keys.What);
        int? projects = null;
        decimal? amount = null;
        MoneyUnit? unit = null;
        int seen = 0;
        while (NextProperty())
        {
            switch (EnterKey(keys, ref seen))
            {
                case 0: projects = ReadCount(signed: false); break;
                case 1: amount = ReadAmount(keys.What + " · " + ReportFormat.Get(DisclosureCell2019.ProcurementAmount).LabelZh); break;
                default: unit = ReadMoneyUnit(); break;
            }

            Leave();
        }

        return new ProcurementTotals { Projects = projects, Amount = amount, AmountUnit = unit };
    }

    private readonly MoneyUnit? ReadMoneyUnit()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        string units = string.Join(" or ", Enum.GetValues<MoneyUnit>().Select(u => $"\"{ReportFormat.MoneyUnitKey(u)}\""));
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Fault($"the unit of the amount must be {units}, or null where none is printed, not {Describe()}.");
        }

        foreach (MoneyUnit unit in Enum.GetValues<MoneyUnit>())
        {
            if (_reader.ValueTextEquals(ReportFormat.MoneyUnitKey(unit)))
            {
                return unit;
            }
        }

        throw Fault($"unknown unit \"{GetText()}\" of the amount; it is {units} as printed, or null where none is printed (never guessed).");
    }

    private readonly decimal? ReadAmount(string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw Fault($"{what} must be a number or null, not {Describe()}.");
        }

        if (!_reader.TryGetDecimal(out decimal amount)
            || ((_reader.HasValueSequence || !ExactDecimal.SurelyHolds(_reader.ValueSpan)) && !ExactDecimal.Holds(Raw(), amount)))
        {
            throw Fault($"{what} {Shown()} is not a decimal number this library can hold exactly (at most 28 significant digits).");
        }

        if (amount < 0)
        {
            throw Fault($"{what} cannot be negative (was {Shown()}).");
        }

        return amount;
    }

    /// <summary>Reads section 三 of the document's edition into <paramref name="applications"/> (2021) or <paramref name="applications2019"/>.</summary>
    private void ReadApplications(ref Applications? applications, ref Applications2019? applications2019)
    {
        ExpectStartObject(ApplicationsKeys.What);

        // Every row of section 三, each at its ApplicationRow, gathered on the stack; a row the edition does not print stays null.
        GroupedRows grouped = default;
        Span<ApplicantBreakdown> rows = grouped;
        int seen = 0;
        while (NextProperty())
        {
            switch (EnterKey(ApplicationsKeys, ref seen))
            {
                case 0: rows[(int)ApplicationRow.Received] = ReadBreakdown(ApplicationRow.Received); break;
                case 1: rows[(int)ApplicationRow.CarriedOver] = ReadBreakdown(ApplicationRow.CarriedOver); break;
                case 2: ReadOutcomes(rows); break;
                default: rows[(int)ApplicationRow.CarriedForward] = ReadBreakdown(ApplicationRow.CarriedForward); break;
            }

            Leave();
        }

        RequireAll(seen, ApplicationsKeys, ApplicationsKeys.AllRequired);
        ReadOnlySpan<ApplicantBreakdown> nd = Group(rows, 0), un = Group(rows, 1), np = Group(rows, 2);
        var notDisclosed = new NotDisclosedOutcomes
        {
            StateSecret = nd[0], ProhibitedByLaw = nd[1], SecurityOrStability = nd[2], ThirdPartyRights = nd[3],
            InternalAffairs = nd[4], ProcessInformation = nd[5], EnforcementCaseFile = nd[6], AdministrativeQuery = nd[7],
        };
        var unableToProvide = new UnableToProvideOutcomes { NotHeld = un[0], NeedsCreation = un[1], UnclearAfterCorrection = un[2] };
        var notProcessed = new NotProcessedOutcomes { Complaint = np[0], Duplicate = np[1], Publication = np[2], Excessive = np[3], Confirmation = np[4] };
        if (_edition == ReportEdition.Edition2019)
        {
            applications2019 = new Applications2019
            {
                Received = rows[(int)ApplicationRow.Received],
                CarriedOver = rows[(int)ApplicationRow.CarriedOver],
                Outcomes = new Outcomes2019
                {
                    Disclosed = rows[(int)ApplicationRow.Disclosed], PartiallyDisclosed = rows[(int)ApplicationRow.PartiallyDisclosed], NotDisclosed = notDisclosed,
                    UnableToProvide = unableToProvide, NotProcessed = notProcessed, OtherHandling = rows[(int)ApplicationRow.OtherHandling], Total = rows[(int)ApplicationRow.OutcomesTotal],
                },
                CarriedForward = rows[(int)ApplicationRow.CarriedForward],
            };
            return;
        }

        ReadOnlySpan<ApplicantBreakdown> oh = Group(rows, 3);
        applications = new Applications
        {
            Received = rows[(int)ApplicationRow.Received],
            CarriedOver = rows[(int)ApplicationRow.CarriedOver],
            Outcomes = new Outcomes
            {
                Disclosed = rows[(int)ApplicationRow.Disclosed], PartiallyDisclosed = rows[(int)ApplicationRow.PartiallyDisclosed], NotDisclosed = notDisclosed,
                UnableToProvide = unableToProvide, NotProcessed = notProcessed,
                OtherHandling = new OtherHandlingOutcomes { NoCorrection = oh[0], FeeUnpaid = oh[1], Other = oh[2] },
                Total = rows[(int)ApplicationRow.OutcomesTotal],
            },
            CarriedForward = rows[(int)ApplicationRow.CarriedForward],
        };
    }

    /// <summary>
    /// Reads 三、本年度办理结果 into <paramref name="rows"/>, each row at its <see cref="ApplicationRow"/>. The 2019 edition's
    /// （六）其他处理 is one row (an applicant breakdown), the 2021 edition's a group of three.
    /// </summary>
    private void ReadOutcomes(scoped Span<ApplicantBreakdown> rows)
    {
        ExpectStartObject(OutcomesKeys.What);
        int seen = 0;
        while (NextProperty())
        {
            switch (EnterKey(OutcomesKeys, ref seen))
            {
                case 0: rows[(int)ApplicationRow.Disclosed] = ReadBreakdown(ApplicationRow.Disclosed); break;
                case 1: rows[(int)ApplicationRow.PartiallyDisclosed] = ReadBreakdown(ApplicationRow.PartiallyDisclosed); break;
                case 2: ReadGroup(0, rows); break;
                case 3: ReadGroup(1, rows); break;
                case 4: ReadGroup(2, rows); break;
                case 5 when _edition == ReportEdition.Edition2019: rows[(int)ApplicationRow.OtherHandling] = ReadBreakdown(OtherHandlingKeys2019); break;
                case 5: ReadGroup(3, rows); break;
                default: rows[(int)ApplicationRow.OutcomesTotal] = ReadBreakdown(ApplicationRow.OutcomesTotal); break;
            }

            Leave();
        }

        RequireAll(seen, OutcomesKeys, OutcomesKeys.AllRequired);
    }

    /// <summary>Reads the rows of an outcome group into <paramref name="rows"/>, each at its <see cref="ApplicationRow"/>.</summary>
    private void ReadGroup(int group, scoped Span<ApplicantBreakdown> rows)
    {
        (ApplicationRow first, KeySet keys) = GroupRows[group];
        ExpectStartObject(keys.What);
        int seen = 0;
        while (NextProperty())
        {
            int key = EnterKey(keys, ref seen);
            rows[(int)first + key] = ReadBreakdown(first + key);
            Leave();
        }

        RequireAll(seen, keys, keys.AllRequired);
    }

    /// <summary>The rows of an outcome group read by <see cref="ReadGroup"/>.</summary>
    private static ReadOnlySpan<ApplicantBreakdown> Group(Span<ApplicantBreakdown> rows, int group) =>
        rows.Slice((int)GroupRows[group].First, GroupRows[group].Keys.Names.Length);

    private ApplicantBreakdown ReadBreakdown(ApplicationRow row) => ReadBreakdown(RowCellKeys[(int)row]);

    private ApplicantBreakdown ReadBreakdown(KeySet keys)
    {
        Span<int?> cells = stackalloc int?[ReportFormat.ApplicantColumnCount];
        ReadCountRow(keys, cells);
        return ApplicantBreakdown.FromCells(cells);
    }

    private ReviewAndLitigation ReadReview()
    {
        ExpectStartObject(CaseBlockKeys.What);
        Span<int?> cells = stackalloc int?[5];
        CaseOutcomes? review = null, direct = null, afterReview = null;
        int seen = 0;
        while (NextProperty())
        {
            int key = EnterKey(CaseBlockKeys, ref seen);
            cells.Clear();
            ReadCountRow(CaseCellKeys[key], cells);
            (key == 0 ? ref review : ref key == 1 ? ref direct : ref afterReview) = CaseOutcomes.FromCells(cells);
            Leave();
        }

        RequireAll(seen, CaseBlockKeys, CaseBlockKeys.AllRequired);
        return new ReviewAndLitigation { Review = review!, LitigationWithoutReview = direct!, LitigationAfterReview = afterReview! };
    }

    /// <summary>
    /// Reads an object of count cells; a missing key or <c>null</c> is a blank. The cells whose bit is set in
    /// <paramref name="signed"/> are signed (the 2019 edition's 本年增/减); every other count is non-negative.
    /// </summary>
    private void ReadCountRow(KeySet keys, scoped Span<int?> cells, int signed = 0)
    {
        ExpectStartObject(keys.What);
        int seen = 0;
        while (NextProperty())
        {
            int key = EnterKey(keys, ref seen);
            cells[key] = ReadCount((signed & (1 << key)) != 0);
            Leave();
        }
    }

    private readonly int? ReadCount(bool signed = false)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when SmallCount(out int small):
                return small;
            case JsonTokenType.Number when _reader.TryGetInt32(out int value):
                return value >= 0 || signed ? value : throw Fault($"a count cannot be negative (was {value}).");
            case JsonTokenType.Number:
                string raw = Shown();
                bool whole = !_reader.HasValueSequence && IsWholeNumber(_reader.ValueSpan.StartsWith("-"u8) ? _reader.ValueSpan[1..] : _reader.ValueSpan);
                string reason = signed
                    ? whole ? $"the change {raw} is out of range; a change ({ChangeLabel}) is a whole number from {int.MinValue} to {int.MaxValue}."
                    : $"a change ({ChangeLabel}) is a whole number written without a decimal point or exponent, not {raw}."
                    : _reader.TryGetInt64(out long big)
                    ? big < 0 ? $"a count cannot be negative (was {big})." : $"the count {big} is too large; a count is at most {int.MaxValue}."
                    : raw.StartsWith('-') ? $"a count cannot be negative (was {raw})."
                    : IsWholeNumber(_reader.ValueSpan) && !_reader.HasValueSequence ? $"the count {raw} is too large; a count is at most {int.MaxValue}."
                    : $"a count is a whole number written without a decimal point or exponent, not {raw}.";
                throw Fault(reason);
            default:
                throw Fault($"a count must be a whole number or null, not {Describe()}.");
        }
    }

    /// <summary>Moves to the next token; invalid JSON throws a <see cref="JsonException"/>, turned into a fault by <see cref="ReadDocument"/>.</summary>
    /// <summary>
    /// The usual count: up to nine ASCII digits, read directly. The reader has already checked the JSON number grammar
    /// (no leading zero, no sign after the start), so digits alone are a non-negative whole number below 10⁹.
    /// </summary>
    private readonly bool SmallCount(out int value)
    {
        value = 0;
        if (_reader.HasValueSequence)
        {
            return false;
        }

        ReadOnlySpan<byte> digits = _reader.ValueSpan;
        if (digits.Length > 9)
        {
            return false;
        }

        int result = 0;
        foreach (byte b in digits)
        {
            uint digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            result = (result * 10) + (int)digit;
        }

        value = result;
        return true;
    }

    private void Next()
    {
        if (!_reader.Read())
        {
            throw Fault("the document ends too early.");
        }
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    private bool NextProperty()
    {
        Next();
        return _reader.TokenType == JsonTokenType.PropertyName;
    }

    private readonly void ExpectStartObject(string what)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fault($"{what} must be an object, not {Describe()}.");
        }
    }

    /// <summary>Matches the property name against the keys, enters it on the path and moves to its value.</summary>
    private int EnterKey(KeySet keys, ref int seen)
    {
        // Canonical documents give the keys in the catalogue's order: try the one after the last seen first.
        byte[][] utf8 = keys.Utf8;
        int first = seen == 0 ? 0 : (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)seen)) % utf8.Length;
        bool plain = !_reader.HasValueSequence && !_reader.ValueIsEscaped;
        for (int n = 0; n < utf8.Length; n++)
        {
            int i = first + n < utf8.Length ? first + n : first + n - utf8.Length;
            if (plain ? _reader.ValueSpan.SequenceEqual(utf8[i]) : _reader.ValueTextEquals(utf8[i]))
            {
                Enter(keys.Names[i]);
                if ((seen & (1 << i)) != 0)
                {
                    throw Fault($"the key \"{keys.Names[i]}\" appears twice in {keys.What}; a document states each value once.");
                }

                seen |= 1 << i;
                Next();
                return i;
            }
        }

        string name = GetText();
        Enter(name);
        if (keys.OtherEdition is { } other && other.IndexOf(in _reader) >= 0)
        {
            throw Fault(OtherEditionKey(name, keys, other));
        }

        throw Fault($"unknown key \"{name}\" in {keys.What}; the keys there are {keys.Listed}.");
    }

    /// <summary>The reason a key of the other edition is refused: whose key it is, which edition the document is of, and the keys it may have there.</summary>
    private readonly string OtherEditionKey(string name, KeySet keys, KeySet other)
    {
        string theirs = ReportFormat.EditionKey(other.Edition), ours = ReportFormat.EditionKey(keys.Edition);
        string stated = _editionStated
            ? $"this document is of the {ours} edition (\"{ReportFormat.Edition.JsonKey}\": \"{ours}\")"
            : $"this document states no edition that could be read before its text breaks off, so it is read as the {ours} edition";
        return $"the key \"{name}\" belongs to the {theirs} edition's {other.What}; {stated}, whose keys in {keys.What} are {keys.Listed}. "
            + "A report is read as the edition it states, never converted to the other.";
    }

    private void Enter(string key)
    {
        _segments[_depth++] = key;
    }

    private void Enter(int index)
    {
        _segments[_depth] = null;
        _indexes[_depth++] = index;
    }

    private void Leave() => _depth--;

    private readonly void RequireAll(int seen, KeySet keys, int required)
    {
        int missing = required & ~seen;
        if (missing != 0)
        {
            string names = string.Join(", ", Enumerable.Range(0, keys.Names.Length).Where(i => (missing & (1 << i)) != 0).Select(i => "\"" + keys.Names[i] + "\""));
            throw Fault($"{keys.What} lacks the required {(int.PopCount(missing) == 1 ? "key" : "keys")} {names}.");
        }
    }

    private readonly string Path()
    {
        var path = new System.Text.StringBuilder("$");
        for (int i = 0; i < _depth; i++)
        {
            if (_segments[i] is { } key)
            {
                path.Append('.').Append(key);
            }
            else
            {
                path.Append('[').Append(_indexes[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return path.ToString();
    }

    private readonly string Describe() => _reader.TokenType switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "the number " + Shown(),
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => _reader.TokenType.ToString(),
    };

    private readonly string Raw() => System.Text.Encoding.UTF8.GetString(_reader.HasValueSequence ? _reader.ValueSequence.ToArray() : _reader.ValueSpan);

    /// <summary>The token as written, cut to its first 40 characters (and its length) when longer: a message never repeats a hostile value whole.</summary>
    private readonly string Shown()
    {
        const int Shown = 40;
        long length = _reader.HasValueSequence ? _reader.ValueSequence.Length : _reader.ValueSpan.Length;
        ReadOnlySpan<byte> head = _reader.HasValueSequence
            ? _reader.ValueSequence.Slice(0, Math.Min(length, Shown)).ToArray()
            : _reader.ValueSpan[..(int)Math.Min(length, Shown)];
        string text = System.Text.Encoding.UTF8.GetString(head);
        return length <= Shown ? text : $"{text}… ({length.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters)";
    }

    /// <summary>Digits alone; <paramref name="number"/> is a JSON number's text, never empty.</summary>
    private static bool IsWholeNumber(ReadOnlySpan<byte> number) => !number.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    private readonly ReportReadFault Fault(string reason) => new(reason, Path(), _reader.TokenStartIndex);

    /// <summary>
    /// The tokenizer's message without the location it appends (" LineNumber: 3 | BytePositionInLine: 7."): the fault
    /// gives the line and column itself, in characters.
    /// </summary>
    private static string StripLocation(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = (at < 0 ? message : message[..at]).TrimEnd(' ', '.') + ".";

        // The parser quotes the text it met, line breaks and all ('not json\n' …): a message is one line.
        return text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 ? text : text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
    }

    /// <summary>The keys of the path to the current value (null where it steps into an array), for error messages.</summary>
    [System.Runtime.CompilerServices.InlineArray(MaxDepth)]
    private struct PathKeys
    {
        private string? _key;
    }

    /// <summary>The array indexes of the path to the current value, where it steps into an array.</summary>
    [System.Runtime.CompilerServices.InlineArray(MaxDepth)]
    private struct PathIndexes
    {
        private int _index;
    }

    /// <summary>Room for the rows of section 三, each at its <see cref="ApplicationRow"/>.</summary>
    [System.Runtime.CompilerServices.InlineArray(ReportFormat.ApplicationRowCount)]
    private struct GroupedRows
    {
        private ApplicantBreakdown _row;
    }

    /// <summary>Room for the paragraphs of a section on the stack: more go to a list.</summary>
    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct ParagraphBuffer
    {
        private Paragraph _paragraph;
    }
}
