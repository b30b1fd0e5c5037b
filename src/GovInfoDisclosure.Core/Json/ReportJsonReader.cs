using System.Buffers;
using System.Globalization;
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

/// <summary>
/// The strict reader of the canonical document: one pass over a <see cref="Utf8JsonReader"/>, keys matched against the
/// catalogue, every fault raised with its JSON path. Unknown and duplicate keys, wrong types, negative or fractional
/// counts and missing required members are faults; a missing or <c>null</c> cell is a blank.
/// </summary>
internal ref struct ReportJsonReader
{
    private static readonly byte[][] DocumentKeys = Keys(
        ReportFormat.Edition, ReportFormat.Year, ReportFormat.Agency, ReportFormat.Title, ReportFormat.PublishedOn, ReportFormat.Overview,
        ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation, ReportFormat.ProblemsAndImprovements,
        ReportFormat.OtherMatters, ReportFormat.InformationProcessingFee);

    private static readonly byte[][] AgencyKeys = [.. new[] { "name", "region" }.Select(k => System.Text.Encoding.UTF8.GetBytes(k))];
    private static readonly byte[][] ParagraphKeys = [.. new[] { "heading", "text" }.Select(k => System.Text.Encoding.UTF8.GetBytes(k))];
    private static readonly byte[][] DisclosureRowKeys = Keys([.. ReportFormat.DisclosureRows]);
    private static readonly byte[][] DocumentCountKeys = Keys(ReportFormat.Get(DisclosureCell.RegulationsIssued), ReportFormat.Get(DisclosureCell.RegulationsAbolished), ReportFormat.Get(DisclosureCell.RegulationsInForce));
    private static readonly byte[][] DecisionKeys = Keys(ReportFormat.Get(DisclosureCell.LicensingDecisions));
    private static readonly byte[][] FeeKeys = Keys(ReportFormat.Get(DisclosureCell.FeesAmount));
    private static readonly byte[][] ApplicantColumnKeys = Keys([.. ReportFormat.ApplicantColumns]);
    private static readonly byte[][] CaseColumnKeys = Keys([.. ReportFormat.CaseColumns]);
    private static readonly byte[][] CaseBlockKeys = Keys([.. ReportFormat.CaseBlocks]);
    private static readonly byte[][] ApplicationsKeys = Keys(
        ReportFormat.Get(ApplicationRow.Received), ReportFormat.Get(ApplicationRow.CarriedOver), ReportFormat.Get(ApplicationRow.Disclosed).Parent!,
        ReportFormat.Get(ApplicationRow.CarriedForward));

    private static readonly byte[][] OutcomesKeys = Keys(
        ReportFormat.Get(ApplicationRow.Disclosed), ReportFormat.Get(ApplicationRow.PartiallyDisclosed), ReportFormat.OutcomeGroups[0],
        ReportFormat.OutcomeGroups[1], ReportFormat.OutcomeGroups[2], ReportFormat.OutcomeGroups[3], ReportFormat.Get(ApplicationRow.OutcomesTotal));

    private static readonly (ApplicationRow First, byte[][] Keys)[] GroupRows =
    [
        (ApplicationRow.StateSecret, RowKeys(ApplicationRow.StateSecret, ApplicationRow.AdministrativeQuery)),
        (ApplicationRow.NotHeld, RowKeys(ApplicationRow.NotHeld, ApplicationRow.UnclearAfterCorrection)),
        (ApplicationRow.Complaint, RowKeys(ApplicationRow.Complaint, ApplicationRow.Confirmation)),
        (ApplicationRow.NoCorrection, RowKeys(ApplicationRow.NoCorrection, ApplicationRow.OtherHandling)),
    ];

    private Utf8JsonReader _reader;

    public ReportJsonReader(Utf8JsonReader reader)
    {
        _reader = reader;
    }

    public readonly Utf8JsonReader Reader => _reader;

    public static AnnualReport ReadDocument(ref Utf8JsonReader reader)
    {
        var self = new ReportJsonReader(reader);
        AnnualReport report = self.ReadReport();
        reader = self._reader;
        return report;
    }

    public AnnualReport ReadReport()
    {
        if (_reader.TokenType == JsonTokenType.None)
        {
            Next("$");
        }

        ExpectStartObject("$", "the report");
        ReportEdition? edition = null;
        int? year = null;
        Agency? agency = null;
        string? title = null;
        DateOnly? publishedOn = null;
        Narrative? overview = null, problems = null, other = null;
        ProactiveDisclosure? disclosure = null;
        Applications? applications = null;
        ReviewAndLitigation? review = null;
        decimal? fee = null;
        int seen = 0;
        while (NextProperty("$"))
        {
            int key = MatchKey(DocumentKeys, "$", "the report", ref seen);
            string path = "$." + ReportFormatKey(DocumentKeys[key]);
            Next(path);
            switch (key)
            {
                case 0: edition = ReadEdition(path); break;
                case 1: year = ReadYear(path); break;
                case 2: agency = ReadAgency(path); break;
                case 3: title = ReadOptionalString(path); break;
                case 4: publishedOn = ReadDate(path); break;
                case 5: overview = ReadNarrative(ReportFormat.Overview, path); break;
                case 6: disclosure = ReadDisclosure(path); break;
                case 7: applications = ReadApplications(path); break;
                case 8: review = ReadReview(path); break;
                case 9: problems = ReadNarrative(ReportFormat.ProblemsAndImprovements, path); break;
                case 10: other = ReadNarrative(ReportFormat.OtherMatters, path); break;
                default: fee = ReadAmount(path, "the information processing fee"); break;
            }
        }

        RequireAll(seen, DocumentKeys, 0b_0001_1100_0111, "$", "the report");
        return new AnnualReport
        {
            Edition = edition!.Value,
            Year = year!.Value,
            Agency = agency!,
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

    private static byte[][] Keys(params FormatEntry[] entries) => [.. entries.Select(e => e.Utf8Key)];

    private static byte[][] RowKeys(ApplicationRow first, ApplicationRow last) =>
        [.. Enumerable.Range((int)first, last - first + 1).Select(r => ReportFormat.ApplicationRows[r].Utf8Key)];

    private static string ReportFormatKey(byte[] key) => System.Text.Encoding.UTF8.GetString(key);

    private static string Child(string path, byte[][] keys, int key) => path + "." + ReportFormatKey(keys[key]);

    private ReportEdition ReadEdition(string path)
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Fault(path, $"the edition must be a string such as \"2021\", not {Describe()}.");
        }

        if (_reader.ValueTextEquals("2021"u8))
        {
            return ReportEdition.Edition2021;
        }

        if (_reader.ValueTextEquals("2019"u8))
        {
            throw Fault(path, "the 2019 edition (reports on 2019 and 2020) is not supported by this version of the library; only \"2021\" is.");
        }

        throw Fault(path, $"unknown edition \"{GetText(path)}\"; the known edition is \"2021\".");
    }

    private int ReadYear(string path)
    {
        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out int year) || year < AnnualReport.MinYear || year > AnnualReport.MaxYear)
        {
            throw Fault(path, $"the year must be a whole number from {AnnualReport.MinYear} to {AnnualReport.MaxYear}, not {Describe()}.");
        }

        return year;
    }

    private Agency ReadAgency(string path)
    {
        ExpectStartObject(path, "the agency");
        string? name = null, region = null;
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(AgencyKeys, path, "the agency", ref seen);
            string child = Child(path, AgencyKeys, key);
            Next(child);
            if (key == 0)
            {
                name = ReadOptionalString(child);
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw Fault(child, "the agency's name must not be empty.");
                }
            }
            else
            {
                region = ReadOptionalString(child);
            }
        }

        RequireAll(seen, AgencyKeys, 0b01, path, "the agency");
        return new Agency { Name = name!, Region = region };
    }

    private DateOnly? ReadDate(string path)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType == JsonTokenType.String)
        {
            string text = GetText(path);
            if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            throw Fault(path, $"the date \"{text}\" is not a calendar date written YYYY-MM-DD.");
        }

        throw Fault(path, $"the date must be a string written YYYY-MM-DD, not {Describe()}.");
    }

    private string? ReadOptionalString(string path) => _reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => GetText(path),
        _ => throw Fault(path, $"expected a string, not {Describe()}."),
    };

    /// <summary>The current string or property name; invalid UTF-8 is a fault of the document, not a crash.</summary>
    private readonly string GetText(string path)
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Fault(path, "the text is not valid UTF-8.");
        }
    }

    private Narrative? ReadNarrative(FormatEntry section, string path)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fault(path, $"{section.LabelZh} ({section.NameEn}) must be an array of paragraphs, not {Describe()}.");
        }

        var paragraphs = new List<Paragraph>();
        while (true)
        {
            Next(path);
            if (_reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            string item = path + "[" + paragraphs.Count.ToString(CultureInfo.InvariantCulture) + "]";
            ExpectStartObject(item, "a paragraph");
            string? heading = null, text = null;
            int seen = 0;
            while (NextProperty(item))
            {
                int key = MatchKey(ParagraphKeys, item, "a paragraph", ref seen);
                string child = Child(item, ParagraphKeys, key);
                Next(child);
                string? value = ReadOptionalString(child);
                if (key == 0)
                {
                    heading = value;
                }
                else
                {
                    text = value ?? throw Fault(child, "a paragraph's text must be a string, not null.");
                }
            }

            RequireAll(seen, ParagraphKeys, 0b10, item, "a paragraph");
            paragraphs.Add(new Paragraph { Heading = heading, Text = text! });
        }

        return new Narrative(paragraphs);
    }

    private ProactiveDisclosure ReadDisclosure(string path)
    {
        ExpectStartObject(path, ReportFormat.ProactiveDisclosure.LabelZh);
        DocumentCounts? regulations = null, normative = null;
        DecisionCount? licensing = null, penalties = null, compulsory = null;
        FeeAmount? fees = null;
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(DisclosureRowKeys, path, ReportFormat.ProactiveDisclosure.LabelZh, ref seen);
            string child = Child(path, DisclosureRowKeys, key);
            Next(child);
            FormatEntry row = ReportFormat.DisclosureRows[key];
            switch (key)
            {
                case 0: regulations = ReadDocumentCounts(row, child); break;
                case 1: normative = ReadDocumentCounts(row, child); break;
                case 2: licensing = ReadDecisions(row, child); break;
                case 3: penalties = ReadDecisions(row, child); break;
                case 4: compulsory = ReadDecisions(row, child); break;
                default: fees = ReadFees(row, child); break;
            }
        }

        RequireAll(seen, DisclosureRowKeys, 0b11_1111, path, ReportFormat.ProactiveDisclosure.LabelZh);
        return new ProactiveDisclosure
        {
            Regulations = regulations!, NormativeDocuments = normative!, Licensing = licensing!, Penalties = penalties!,
            CompulsoryMeasures = compulsory!, Fees = fees!,
        };
    }

    private DocumentCounts ReadDocumentCounts(FormatEntry row, string path)
    {
        Span<int?> cells = stackalloc int?[3];
        ReadCountRow(row, path, DocumentCountKeys, cells);
        return new DocumentCounts { Issued = cells[0], Abolished = cells[1], InForce = cells[2] };
    }

    private DecisionCount ReadDecisions(FormatEntry row, string path)
    {
        Span<int?> cells = stackalloc int?[1];
        ReadCountRow(row, path, DecisionKeys, cells);
        return new DecisionCount { Decisions = cells[0] };
    }

    private FeeAmount ReadFees(FormatEntry row, string path)
    {
        ExpectStartObject(path, row.LabelZh);
        decimal? amount = null;
        int seen = 0;
        while (NextProperty(path))
        {
            MatchKey(FeeKeys, path, row.LabelZh, ref seen);
            string child = Child(path, FeeKeys, 0);
            Next(child);
            amount = ReadAmount(child, row.LabelZh + " · " + ReportFormat.Get(DisclosureCell.FeesAmount).LabelZh);
        }

        return new FeeAmount { Amount = amount };
    }

    private decimal? ReadAmount(string path, string what)
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw Fault(path, $"{what} must be a number or null, not {Describe()}.");
        }

        if (!_reader.TryGetDecimal(out decimal amount))
        {
            throw Fault(path, $"{what} {Raw()} is not a decimal number this library can hold exactly.");
        }

        if (amount < 0)
        {
            throw Fault(path, $"{what} cannot be negative (was {Raw()}).");
        }

        return amount;
    }

    private Applications ReadApplications(string path)
    {
        ExpectStartObject(path, ReportFormat.Applications.LabelZh);
        ApplicantBreakdown? received = null, carriedOver = null, carriedForward = null;
        Outcomes? outcomes = null;
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(ApplicationsKeys, path, ReportFormat.Applications.LabelZh, ref seen);
            string child = Child(path, ApplicationsKeys, key);
            Next(child);
            switch (key)
            {
                case 0: received = ReadBreakdown(ApplicationRow.Received, child); break;
                case 1: carriedOver = ReadBreakdown(ApplicationRow.CarriedOver, child); break;
                case 2: outcomes = ReadOutcomes(child); break;
                default: carriedForward = ReadBreakdown(ApplicationRow.CarriedForward, child); break;
            }
        }

        RequireAll(seen, ApplicationsKeys, 0b1111, path, ReportFormat.Applications.LabelZh);
        return new Applications { Received = received!, CarriedOver = carriedOver!, Outcomes = outcomes!, CarriedForward = carriedForward! };
    }

    private Outcomes ReadOutcomes(string path)
    {
        const string What = "三、本年度办理结果";
        ExpectStartObject(path, What);
        ApplicantBreakdown? disclosed = null, partially = null, total = null;
        ApplicantBreakdown[]?[] groups = new ApplicantBreakdown[]?[4];
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(OutcomesKeys, path, What, ref seen);
            string child = Child(path, OutcomesKeys, key);
            Next(child);
            switch (key)
            {
                case 0: disclosed = ReadBreakdown(ApplicationRow.Disclosed, child); break;
                case 1: partially = ReadBreakdown(ApplicationRow.PartiallyDisclosed, child); break;
                case 6: total = ReadBreakdown(ApplicationRow.OutcomesTotal, child); break;
                default: groups[key - 2] = ReadGroup(key - 2, child); break;
            }
        }

        RequireAll(seen, OutcomesKeys, 0b111_1111, path, What);
        ApplicantBreakdown[] nd = groups[0]!, un = groups[1]!, np = groups[2]!, oh = groups[3]!;
        return new Outcomes
        {
            Disclosed = disclosed!,
            PartiallyDisclosed = partially!,
            NotDisclosed = new NotDisclosedOutcomes
            {
                StateSecret = nd[0], ProhibitedByLaw = nd[1], SecurityOrStability = nd[2], ThirdPartyRights = nd[3],
                InternalAffairs = nd[4], ProcessInformation = nd[5], EnforcementCaseFile = nd[6], AdministrativeQuery = nd[7],
            },
            UnableToProvide = new UnableToProvideOutcomes { NotHeld = un[0], NeedsCreation = un[1], UnclearAfterCorrection = un[2] },
            NotProcessed = new NotProcessedOutcomes { Complaint = np[0], Duplicate = np[1], Publication = np[2], Excessive = np[3], Confirmation = np[4] },
            OtherHandling = new OtherHandlingOutcomes { NoCorrection = oh[0], FeeUnpaid = oh[1], Other = oh[2] },
            Total = total!,
        };
    }

    private ApplicantBreakdown[] ReadGroup(int group, string path)
    {
        (ApplicationRow first, byte[][] keys) = GroupRows[group];
        string what = ReportFormat.OutcomeGroups[group].LabelZh;
        ExpectStartObject(path, what);
        var rows = new ApplicantBreakdown[keys.Length];
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(keys, path, what, ref seen);
            string child = Child(path, keys, key);
            Next(child);
            rows[key] = ReadBreakdown(first + key, child);
        }

        RequireAll(seen, keys, (1 << keys.Length) - 1, path, what);
        return rows;
    }

    private ApplicantBreakdown ReadBreakdown(ApplicationRow row, string path)
    {
        Span<int?> cells = stackalloc int?[ReportFormat.ApplicantColumnCount];
        ReadCountRow(ReportFormat.Get(row), path, ApplicantColumnKeys, cells);
        return ApplicantBreakdown.FromCells(cells);
    }

    private ReviewAndLitigation ReadReview(string path)
    {
        ExpectStartObject(path, ReportFormat.ReviewAndLitigation.LabelZh);
        Span<int?> cells = stackalloc int?[5];
        var blocks = new CaseOutcomes[3];
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(CaseBlockKeys, path, ReportFormat.ReviewAndLitigation.LabelZh, ref seen);
            string child = Child(path, CaseBlockKeys, key);
            Next(child);
            cells.Clear();
            ReadCountRow(ReportFormat.CaseBlocks[key], child, CaseColumnKeys, cells);
            blocks[key] = CaseOutcomes.FromCells(cells);
        }

        RequireAll(seen, CaseBlockKeys, 0b111, path, ReportFormat.ReviewAndLitigation.LabelZh);
        return new ReviewAndLitigation { Review = blocks[0], LitigationWithoutReview = blocks[1], LitigationAfterReview = blocks[2] };
    }

    /// <summary>Reads an object of count cells; a missing key or <c>null</c> is a blank.</summary>
    private void ReadCountRow(FormatEntry row, string path, byte[][] keys, scoped Span<int?> cells)
    {
        ExpectStartObject(path, row.QualifiedLabelZh);
        int seen = 0;
        while (NextProperty(path))
        {
            int key = MatchKey(keys, path, row.QualifiedLabelZh, ref seen);
            Next(path);
            cells[key] = ReadCount(keys, key, path);
        }
    }

    private int? ReadCount(byte[][] keys, int key, string rowPath)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when _reader.TryGetInt32(out int value):
                return value >= 0 ? value : throw Fault(Child(rowPath, keys, key), $"a count cannot be negative (was {value}).");
            case JsonTokenType.Number:
                string raw = Raw();
                string reason = _reader.TryGetInt64(out long big)
                    ? $"the count {big} is too large; a count is at most {int.MaxValue}."
                    : raw.StartsWith('-') ? $"a count cannot be negative (was {raw})."
                    : $"a count is a whole number written without a decimal point or exponent, not {raw}.";
                throw Fault(Child(rowPath, keys, key), reason);
            default:
                throw Fault(Child(rowPath, keys, key), $"a count must be a whole number or null, not {Describe()}.");
        }
    }

    private void Next(string path)
    {
        try
        {
            if (!_reader.Read())
            {
                throw Fault(path, "the document ends too early.");
            }
        }
        catch (JsonException ex)
        {
            throw new ReportReadFault("the text is not valid JSON: " + StripLocation(ex.Message), path, -1, ex.LineNumber, ex.BytePositionInLine);
        }
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    private bool NextProperty(string path)
    {
        Next(path);
        return _reader.TokenType == JsonTokenType.PropertyName;
    }

    private void ExpectStartObject(string path, string what)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fault(path, $"{what} must be an object, not {Describe()}.");
        }
    }

    private int MatchKey(byte[][] keys, string path, string what, ref int seen)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            if (_reader.ValueTextEquals(keys[i]))
            {
                if ((seen & (1 << i)) != 0)
                {
                    throw Fault(Child(path, keys, i), $"the key \"{ReportFormatKey(keys[i])}\" appears twice in {what}; a document states each value once.");
                }

                seen |= 1 << i;
                return i;
            }
        }

        string name = GetText(path);
        throw Fault(path + "." + name, $"unknown key \"{name}\" in {what}; the keys there are {string.Join(", ", keys.Select(ReportFormatKey))}.");
    }

    private readonly void RequireAll(int seen, byte[][] keys, int required, string path, string what)
    {
        int missing = required & ~seen;
        if (missing != 0)
        {
            string names = string.Join(", ", Enumerable.Range(0, keys.Length).Where(i => (missing & (1 << i)) != 0).Select(i => "\"" + ReportFormatKey(keys[i]) + "\""));
            throw Fault(path, $"{what} lacks the required {(int.PopCount(missing) == 1 ? "key" : "keys")} {names}.");
        }
    }

    private readonly string Describe() => _reader.TokenType switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "the number " + Raw(),
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => _reader.TokenType.ToString(),
    };

    private readonly string Raw() => System.Text.Encoding.UTF8.GetString(_reader.HasValueSequence ? _reader.ValueSequence.ToArray() : _reader.ValueSpan);

    private readonly ReportReadFault Fault(string path, string reason) => new(reason, path, _reader.TokenStartIndex);

    private static string StripLocation(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = at < 0 ? message : message[..at];
        int path = text.IndexOf(" Path:", StringComparison.Ordinal);
        return (path < 0 ? text : text[..path]).TrimEnd(' ', '|', '.') + ".";
    }
}
