using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// A mutable, fluent builder of <see cref="AnnualReport"/>, for generating reports from an agency's data.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Build"/> fills every cell: a count the caller did not set is 0, every <c>total</c> the caller did not set
/// is computed (row totals, （七）总计, section 四 totals), a <c>carriedForward</c> cell not set is
/// <c>received + carriedOver − outcomes total</c>, and a <c>inForce</c> cell not set is <c>issued − abolished</c>.
/// A value the caller set is kept as set, even when it disagrees with the others: the validator is what tells.
/// </para>
/// <para>
/// A negative count is refused at once with an <see cref="ArgumentException"/> whose parameter name is the JSON
/// Pointer of the cell. The builder is not thread-safe; the reports it builds are immutable.
/// </para>
/// </remarks>
public sealed class AnnualReportBuilder
{
    private const int Columns = ReportFormat.ApplicantColumnCount;
    private const int CaseColumns = 5;

    private readonly int?[] _applications = new int?[ReportFormat.ApplicationRowCount * Columns];
    private readonly int?[] _cases = new int?[3 * CaseColumns];
    private readonly int?[] _disclosure = new int?[(int)DisclosureCell.FeesAmount];
    private decimal? _feesAmount;
    private ReportEdition _edition = ReportEdition.Edition2021;
    private int _year;
    private string _agencyName;
    private string? _region;
    private ReportKind? _kind;
    private string? _title;
    private DateOnly? _publishedOn;
    private Narrative? _overview;
    private Narrative? _problemsAndImprovements;
    private Narrative? _otherMatters;
    private decimal? _informationProcessingFeeYuan;

    /// <summary>Starts a report of the given year and agency, in the 2021 edition.</summary>
    /// <param name="year">The reported year.</param>
    /// <param name="agencyName">The reporting body's name.</param>
    public AnnualReportBuilder(int year, string agencyName)
    {
        _year = Guard.Against.OutOfRange(year, nameof(year), AnnualReport.MinYear, AnnualReport.MaxYear);
        _agencyName = Guard.Against.NullOrWhiteSpace(agencyName, nameof(agencyName));
    }

    /// <summary>Sets the format edition (default: 2021).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithEdition(ReportEdition edition)
    {
        _edition = Guard.Against.EnumOutOfRange(edition, nameof(edition));
        return this;
    }

    /// <summary>Sets the reported year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder ForYear(int year)
    {
        _year = Guard.Against.OutOfRange(year, nameof(year), AnnualReport.MinYear, AnnualReport.MaxYear);
        return this;
    }

    /// <summary>Sets the reporting body.</summary>
    /// <param name="name">The body's name.</param>
    /// <param name="region">The administrative region, if known.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder ForAgency(string name, string? region = null)
    {
        _agencyName = Guard.Against.NullOrWhiteSpace(name, nameof(name));
        _region = region;
        return this;
    }

    /// <summary>
    /// Sets whose report it is (<c>kind</c>); <see langword="null"/> (the default) leaves it to be inferred from the
    /// agency's name (<see cref="ReportKinds.Infer"/>).
    /// </summary>
    /// <param name="kind">The kind, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder OfKind(ReportKind? kind)
    {
        _kind = kind is { } k ? Guard.Against.EnumOutOfRange(k, nameof(kind)) : null;
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title as published.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    /// <summary>Sets the publication date.</summary>
    /// <param name="date">The date under the signature.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder PublishedOn(DateOnly? date)
    {
        _publishedOn = date;
        return this;
    }

    /// <summary>Sets 一、总体情况.</summary>
    /// <param name="overview">The narrative, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithOverview(Narrative? overview)
    {
        _overview = overview;
        return this;
    }

    /// <summary>Sets 一、总体情况 from paragraphs of text.</summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithOverview(params string[] paragraphs) => WithOverview(ToNarrative(paragraphs, nameof(paragraphs)));

    /// <summary>Sets 五、存在的主要问题及改进情况.</summary>
    /// <param name="narrative">The narrative, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithProblemsAndImprovements(Narrative? narrative)
    {
        _problemsAndImprovements = narrative;
        return this;
    }

    /// <summary>Sets 五、存在的主要问题及改进情况 from paragraphs of text.</summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithProblemsAndImprovements(params string[] paragraphs) =>
        WithProblemsAndImprovements(ToNarrative(paragraphs, nameof(paragraphs)));

    /// <summary>Sets 六、其他需要报告的事项.</summary>
    /// <param name="narrative">The narrative, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithOtherMatters(Narrative? narrative)
    {
        _otherMatters = narrative;
        return this;
    }

    /// <summary>Sets 六、其他需要报告的事项 from paragraphs of text.</summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithOtherMatters(params string[] paragraphs) => WithOtherMatters(ToNarrative(paragraphs, nameof(paragraphs)));

    /// <summary>Sets the 信息处理费 collected in the year, in yuan.</summary>
    /// <param name="yuan">The amount, or <see langword="null"/> when not stated.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder WithInformationProcessingFee(decimal? yuan)
    {
        _informationProcessingFeeYuan = yuan is { } v ? Guard.Against.Negative(v, ReportFormat.InformationProcessingFee.JsonPointer) : null;
        return this;
    }

    /// <summary>Sets one cell of section 二. The fee amount may have decimals; every other cell is a whole count.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="value">The value, or <see langword="null"/> to let <see cref="Build"/> fill it.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Set(DisclosureCell cell, decimal? value)
    {
        string pointer = ReportFormat.CellPointer(Guard.Against.EnumOutOfRange(cell, nameof(cell)));
        if (value is { } v)
        {
            if (v < 0)
            {
                throw new ArgumentOutOfRangeException(pointer, v, $"The cell {pointer} cannot be negative (was {v}).");
            }

            if (cell != DisclosureCell.FeesAmount && (decimal.Truncate(v) != v || v > int.MaxValue))
            {
                throw new ArgumentException($"The cell {pointer} is a count: a whole number from 0 to {int.MaxValue} (was {v}).", pointer);
            }
        }

        if (cell == DisclosureCell.FeesAmount)
        {
            _feesAmount = value;
        }
        else
        {
            _disclosure[(int)cell] = value is { } count ? (int)count : null;
        }

        return this;
    }

    /// <summary>Sets 规章: documents issued, abolished and (if known) in force.</summary>
    /// <param name="issued">本年制发件数.</param>
    /// <param name="abolished">本年废止件数.</param>
    /// <param name="inForce">现行有效件数; when <see langword="null"/>, <c>issued − abolished</c>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Regulations(int issued, int abolished = 0, int? inForce = null) =>
        Set(DisclosureCell.RegulationsIssued, issued).Set(DisclosureCell.RegulationsAbolished, abolished).Set(DisclosureCell.RegulationsInForce, inForce);

    /// <summary>Sets 行政规范性文件: documents issued, abolished and (if known) in force.</summary>
    /// <param name="issued">本年制发件数.</param>
    /// <param name="abolished">本年废止件数.</param>
    /// <param name="inForce">现行有效件数; when <see langword="null"/>, <c>issued − abolished</c>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder NormativeDocuments(int issued, int abolished = 0, int? inForce = null) =>
        Set(DisclosureCell.NormativeDocumentsIssued, issued).Set(DisclosureCell.NormativeDocumentsAbolished, abolished).Set(DisclosureCell.NormativeDocumentsInForce, inForce);

    /// <summary>Sets 行政许可 · 本年处理决定数量.</summary>
    /// <param name="decisions">The number of decisions.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Licensing(int decisions) => Set(DisclosureCell.LicensingDecisions, decisions);

    /// <summary>Sets 行政处罚 · 本年处理决定数量.</summary>
    /// <param name="decisions">The number of decisions.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Penalties(int decisions) => Set(DisclosureCell.PenaltiesDecisions, decisions);

    /// <summary>Sets 行政强制 · 本年处理决定数量.</summary>
    /// <param name="decisions">The number of decisions.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder CompulsoryMeasures(int decisions) => Set(DisclosureCell.CompulsoryMeasuresDecisions, decisions);

    /// <summary>Sets 行政事业性收费 · 本年收费金额, in 万元.</summary>
    /// <param name="amountTenThousandYuan">The amount in 万元 (1835.25 is 18,352,500 yuan).</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Fees(decimal amountTenThousandYuan) => Set(DisclosureCell.FeesAmount, amountTenThousandYuan);

    /// <summary>Sets one cell of section 三.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="value">The count, or <see langword="null"/> to let <see cref="Build"/> fill it.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Set(ApplicationRow row, ApplicantColumn column, int? value)
    {
        Guard.Against.EnumOutOfRange(row, nameof(row));
        Guard.Against.EnumOutOfRange(column, nameof(column));
        _applications[((int)row * Columns) + (int)column] = CheckCount(value, ReportFormat.CellPointer(row, column));
        return this;
    }

    /// <summary>Sets a row of section 三 by applicant; cells not named are 0, and the total is computed unless given.</summary>
    /// <param name="row">The row.</param>
    /// <param name="naturalPerson">自然人.</param>
    /// <param name="commercialEnterprise">商业企业.</param>
    /// <param name="researchInstitution">科研机构.</param>
    /// <param name="publicInterestOrganization">社会公益组织.</param>
    /// <param name="legalServiceProvider">法律服务机构.</param>
    /// <param name="otherOrganization">其他.</param>
    /// <param name="total">总计; when <see langword="null"/>, computed by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Row(
        ApplicationRow row, int naturalPerson = 0, int commercialEnterprise = 0, int researchInstitution = 0,
        int publicInterestOrganization = 0, int legalServiceProvider = 0, int otherOrganization = 0, int? total = null) =>
        Set(row, ApplicantColumn.NaturalPerson, naturalPerson)
            .Set(row, ApplicantColumn.CommercialEnterprise, commercialEnterprise)
            .Set(row, ApplicantColumn.ResearchInstitution, researchInstitution)
            .Set(row, ApplicantColumn.PublicInterestOrganization, publicInterestOrganization)
            .Set(row, ApplicantColumn.LegalServiceProvider, legalServiceProvider)
            .Set(row, ApplicantColumn.OtherOrganization, otherOrganization)
            .Set(row, ApplicantColumn.Total, total);

    /// <summary>Sets 一、本年新收政府信息公开申请数量 (see <see cref="Row"/>).</summary>
    /// <param name="naturalPerson">自然人.</param>
    /// <param name="commercialEnterprise">商业企业.</param>
    /// <param name="researchInstitution">科研机构.</param>
    /// <param name="publicInterestOrganization">社会公益组织.</param>
    /// <param name="legalServiceProvider">法律服务机构.</param>
    /// <param name="otherOrganization">其他.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Received(
        int naturalPerson = 0, int commercialEnterprise = 0, int researchInstitution = 0,
        int publicInterestOrganization = 0, int legalServiceProvider = 0, int otherOrganization = 0) =>
        Row(ApplicationRow.Received, naturalPerson, commercialEnterprise, researchInstitution, publicInterestOrganization, legalServiceProvider, otherOrganization);

    /// <summary>Sets 二、上年结转政府信息公开申请数量 (see <see cref="Row"/>).</summary>
    /// <param name="naturalPerson">自然人.</param>
    /// <param name="commercialEnterprise">商业企业.</param>
    /// <param name="researchInstitution">科研机构.</param>
    /// <param name="publicInterestOrganization">社会公益组织.</param>
    /// <param name="legalServiceProvider">法律服务机构.</param>
    /// <param name="otherOrganization">其他.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder CarriedOver(
        int naturalPerson = 0, int commercialEnterprise = 0, int researchInstitution = 0,
        int publicInterestOrganization = 0, int legalServiceProvider = 0, int otherOrganization = 0) =>
        Row(ApplicationRow.CarriedOver, naturalPerson, commercialEnterprise, researchInstitution, publicInterestOrganization, legalServiceProvider, otherOrganization);

    /// <summary>Sets one block of section 四; cells not named are 0, and the total is computed unless given.</summary>
    /// <param name="block">The block.</param>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="other">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    /// <param name="total">总计; when <see langword="null"/>, computed by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Cases(CaseBlock block, int upheld = 0, int corrected = 0, int other = 0, int pending = 0, int? total = null) =>
        Set(block, CaseColumn.Upheld, upheld).Set(block, CaseColumn.Corrected, corrected).Set(block, CaseColumn.Other, other)
            .Set(block, CaseColumn.Pending, pending).Set(block, CaseColumn.Total, total);

    /// <summary>Sets one cell of section 四.</summary>
    /// <param name="block">The block.</param>
    /// <param name="column">The column.</param>
    /// <param name="value">The count, or <see langword="null"/> to let <see cref="Build"/> fill it.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Set(CaseBlock block, CaseColumn column, int? value)
    {
        Guard.Against.EnumOutOfRange(block, nameof(block));
        Guard.Against.EnumOutOfRange(column, nameof(column));
        _cases[((int)block * CaseColumns) + (int)column] = CheckCount(value, ReportFormat.CellPointer(block, column));
        return this;
    }

    /// <summary>Builds the report, filling every cell the caller did not set (see the remarks of the class).</summary>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">
    /// A computed cell would not fit a count: a total above <see cref="int.MaxValue"/>, or a negative
    /// <c>carriedForward</c> because more applications were handled than received and carried over.
    /// </exception>
    public AnnualReport Build()
    {
        int?[] cells = (int?[])_applications.Clone();
        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            if (row is (int)ApplicationRow.OutcomesTotal or (int)ApplicationRow.CarriedForward)
            {
                continue;
            }

            FillRow(cells, row);
        }

        for (int column = 0; column < Columns; column++)
        {
            ref int? total = ref cells[((int)ApplicationRow.OutcomesTotal * Columns) + column];
            if (total is null)
            {
                long sum = 0;
                for (int row = (int)ReportFormat.FirstOutcomeRow; row <= (int)ReportFormat.LastOutcomeRow; row++)
                {
                    sum += cells[(row * Columns) + column]!.Value;
                }

                total = Fit(sum, (ApplicationRow.OutcomesTotal, column));
            }
        }

        for (int column = 0; column < ReportFormat.ApplicantDetailColumnCount; column++)
        {
            ref int? forward = ref cells[((int)ApplicationRow.CarriedForward * Columns) + column];
            if (forward is null)
            {
                long value = (long)cells[((int)ApplicationRow.Received * Columns) + column]!.Value
                    + cells[((int)ApplicationRow.CarriedOver * Columns) + column]!.Value
                    - cells[((int)ApplicationRow.OutcomesTotal * Columns) + column]!.Value;
                forward = Fit(value, (ApplicationRow.CarriedForward, column));
            }
        }

        FillRow(cells, (int)ApplicationRow.CarriedForward);

        int?[] cases = (int?[])_cases.Clone();
        for (int block = 0; block < 3; block++)
        {
            long sum = 0;
            for (int column = 0; column < CaseColumns - 1; column++)
            {
                ref int? cell = ref cases[(block * CaseColumns) + column];
                cell ??= 0;
                sum += cell.Value;
            }

            ref int? total = ref cases[(block * CaseColumns) + CaseColumns - 1];
            total ??= Fit(sum, ReportFormat.CellPointer((CaseBlock)block, CaseColumn.Total));
        }

        return new AnnualReport
        {
            Edition = _edition,
            Year = _year,
            Agency = new Agency { Name = _agencyName, Region = _region },
            Kind = _kind,
            Title = _title,
            PublishedOn = _publishedOn,
            Overview = _overview,
            ProactiveDisclosure = BuildDisclosure(),
            Applications = BuildApplications(cells),
            ReviewAndLitigation = new ReviewAndLitigation
            {
                Review = CaseOutcomes.FromCells(cases.AsSpan(0, CaseColumns)),
                LitigationWithoutReview = CaseOutcomes.FromCells(cases.AsSpan(CaseColumns, CaseColumns)),
                LitigationAfterReview = CaseOutcomes.FromCells(cases.AsSpan(2 * CaseColumns, CaseColumns)),
            },
            ProblemsAndImprovements = _problemsAndImprovements,
            OtherMatters = _otherMatters,
            InformationProcessingFeeYuan = _informationProcessingFeeYuan,
        };
    }

    internal static AnnualReportBuilder From(AnnualReport report)
    {
        var builder = new AnnualReportBuilder(report.Year, report.Agency.Name)
        {
            _edition = report.Edition,
            _region = report.Agency.Region,
            _kind = report.Kind,
            _title = report.Title,
            _publishedOn = report.PublishedOn,
            _overview = report.Overview,
            _problemsAndImprovements = report.ProblemsAndImprovements,
            _otherMatters = report.OtherMatters,
            _informationProcessingFeeYuan = report.InformationProcessingFeeYuan,
            _feesAmount = report.ProactiveDisclosure.Fees.Amount,
        };
        for (int cell = 0; cell < builder._disclosure.Length; cell++)
        {
            builder._disclosure[cell] = (int?)report.ProactiveDisclosure[(DisclosureCell)cell];
        }

        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            ApplicantBreakdown breakdown = report.Applications[(ApplicationRow)row];
            for (int column = 0; column < Columns; column++)
            {
                builder._applications[(row * Columns) + column] = breakdown[(ApplicantColumn)column];
            }
        }

        for (int block = 0; block < 3; block++)
        {
            CaseOutcomes outcomes = report.ReviewAndLitigation[(CaseBlock)block];
            for (int column = 0; column < CaseColumns; column++)
            {
                builder._cases[(block * CaseColumns) + column] = outcomes[(CaseColumn)column];
            }
        }

        return builder;
    }

    private static Narrative? ToNarrative(string[]? paragraphs, string name)
    {
        if (paragraphs is null)
        {
            return null;
        }

        foreach (string p in paragraphs)
        {
            Guard.Against.Null(p, name);
        }

        return new Narrative(paragraphs.Select(text => new Paragraph { Text = text }));
    }

    private static int? CheckCount(int? value, string pointer) =>
        value < 0 ? throw new ArgumentOutOfRangeException(pointer, value, $"The cell {pointer} cannot be negative (was {value}).") : value;

    private static void FillRow(int?[] cells, int row)
    {
        long sum = 0;
        for (int column = 0; column < ReportFormat.ApplicantDetailColumnCount; column++)
        {
            ref int? cell = ref cells[(row * Columns) + column];
            cell ??= 0;
            sum += cell.Value;
        }

        ref int? total = ref cells[(row * Columns) + (int)ApplicantColumn.Total];
        total ??= Fit(sum, ((ApplicationRow)row, (int)ApplicantColumn.Total));
    }

    private static int Fit(long value, (ApplicationRow Row, int Column) cell) =>
        Fit(value, ReportFormat.CellPointer(cell.Row, (ApplicantColumn)cell.Column));

    private static int Fit(long value, string pointer) => value switch
    {
        < 0 => throw new InvalidOperationException(
            $"The computed cell {pointer} would be {value}: more applications were handled than received and carried over. Set the cells so that received + carriedOver ≥ outcomes total."),
        > int.MaxValue => throw new InvalidOperationException(
            $"The computed cell {pointer} would be {value}, more than a count can hold ({int.MaxValue})."),
        _ => (int)value,
    };

    private static ApplicantBreakdown RowOf(int?[] cells, ApplicationRow row) =>
        ApplicantBreakdown.FromCells(cells.AsSpan((int)row * Columns, Columns));

    internal static Applications BuildApplications(int?[] cells) => new()
    {
        Received = RowOf(cells, ApplicationRow.Received),
        CarriedOver = RowOf(cells, ApplicationRow.CarriedOver),
        Outcomes = new Outcomes
        {
            Disclosed = RowOf(cells, ApplicationRow.Disclosed),
            PartiallyDisclosed = RowOf(cells, ApplicationRow.PartiallyDisclosed),
            NotDisclosed = new NotDisclosedOutcomes
            {
                StateSecret = RowOf(cells, ApplicationRow.StateSecret),
                ProhibitedByLaw = RowOf(cells, ApplicationRow.ProhibitedByLaw),
                SecurityOrStability = RowOf(cells, ApplicationRow.SecurityOrStability),
                ThirdPartyRights = RowOf(cells, ApplicationRow.ThirdPartyRights),
                InternalAffairs = RowOf(cells, ApplicationRow.InternalAffairs),
                ProcessInformation = RowOf(cells, ApplicationRow.ProcessInformation),
                EnforcementCaseFile = RowOf(cells, ApplicationRow.EnforcementCaseFile),
                AdministrativeQuery = RowOf(cells, ApplicationRow.AdministrativeQuery),
            },
            UnableToProvide = new UnableToProvideOutcomes
            {
                NotHeld = RowOf(cells, ApplicationRow.NotHeld),
                NeedsCreation = RowOf(cells, ApplicationRow.NeedsCreation),
                UnclearAfterCorrection = RowOf(cells, ApplicationRow.UnclearAfterCorrection),
            },
            NotProcessed = new NotProcessedOutcomes
            {
                Complaint = RowOf(cells, ApplicationRow.Complaint),
                Duplicate = RowOf(cells, ApplicationRow.Duplicate),
                Publication = RowOf(cells, ApplicationRow.Publication),
                Excessive = RowOf(cells, ApplicationRow.Excessive),
                Confirmation = RowOf(cells, ApplicationRow.Confirmation),
            },
            OtherHandling = new OtherHandlingOutcomes
            {
                NoCorrection = RowOf(cells, ApplicationRow.NoCorrection),
                FeeUnpaid = RowOf(cells, ApplicationRow.FeeUnpaid),
                Other = RowOf(cells, ApplicationRow.OtherHandling),
            },
            Total = RowOf(cells, ApplicationRow.OutcomesTotal),
        },
        CarriedForward = RowOf(cells, ApplicationRow.CarriedForward),
    };

    private ProactiveDisclosure BuildDisclosure()
    {
        int Count(DisclosureCell cell) => _disclosure[(int)cell] ?? 0;
        int InForce(DisclosureCell inForce, DisclosureCell issued, DisclosureCell abolished) =>
            _disclosure[(int)inForce] ?? Math.Max(0, Count(issued) - Count(abolished));

        return new ProactiveDisclosure
        {
            Regulations = new DocumentCounts
            {
                Issued = Count(DisclosureCell.RegulationsIssued),
                Abolished = Count(DisclosureCell.RegulationsAbolished),
                InForce = InForce(DisclosureCell.RegulationsInForce, DisclosureCell.RegulationsIssued, DisclosureCell.RegulationsAbolished),
            },
            NormativeDocuments = new DocumentCounts
            {
                Issued = Count(DisclosureCell.NormativeDocumentsIssued),
                Abolished = Count(DisclosureCell.NormativeDocumentsAbolished),
                InForce = InForce(DisclosureCell.NormativeDocumentsInForce, DisclosureCell.NormativeDocumentsIssued, DisclosureCell.NormativeDocumentsAbolished),
            },
            Licensing = new DecisionCount { Decisions = Count(DisclosureCell.LicensingDecisions) },
            Penalties = new DecisionCount { Decisions = Count(DisclosureCell.PenaltiesDecisions) },
            CompulsoryMeasures = new DecisionCount { Decisions = Count(DisclosureCell.CompulsoryMeasuresDecisions) },
            Fees = new FeeAmount { Amount = _feesAmount ?? 0m },
        };
    }
}
