using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// A mutable, fluent builder of <see cref="AnnualReport"/>, for generating reports from an agency's data, in either
/// edition (<see cref="WithEdition"/>).
/// </summary>
/// <remarks>
/// <para>
/// A 2019-edition report is built from the 2019 cells of section 二 (<see cref="Set(DisclosureCell2019, decimal?)"/>,
/// <see cref="Procurement"/>): a 2019 cell not set is 0 (its 对外公开总数量 is 本年新公开数量), and the single
/// （六）其他处理 is <see cref="ApplicationRow.OtherHandling"/>. <see cref="Build"/> refuses a cell the edition does not
/// print (a 2021 cell of section 二 in a 2019 report, rows 1 and 2 of （六） in a 2019 report, and the reverse), so that a
/// report never holds a cell of the other edition.
/// </para>
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
    private readonly int?[] _disclosure2019 = new int?[(int)DisclosureCell2019.ProcurementAmount];
    private decimal? _feesAmount;
    private decimal? _procurementAmount;
    private MoneyUnit? _procurementUnit;
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

    /// <summary>Sets one number cell of the 2019 edition's section 二. 本年增/减 may be negative; the procurement amount may have decimals.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="value">The value, or <see langword="null"/> to let <see cref="Build"/> fill it.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Set(DisclosureCell2019 cell, decimal? value)
    {
        string pointer = ReportFormat.CellPointer(Guard.Against.EnumOutOfRange(cell, nameof(cell)));
        bool signed = ReportFormat.Get(cell).IsSigned;
        if (value is { } v)
        {
            if (v < 0 && !signed)
            {
                throw new ArgumentOutOfRangeException(pointer, v, $"The cell {pointer} cannot be negative (was {v}).");
            }

            if (cell != DisclosureCell2019.ProcurementAmount && (decimal.Truncate(v) != v || v > int.MaxValue || v < int.MinValue))
            {
                throw new ArgumentException($"The cell {pointer} is a count: a whole number that fits an int (was {v}).", pointer);
            }
        }

        if (cell == DisclosureCell2019.ProcurementAmount)
        {
            _procurementAmount = value;
        }
        else
        {
            _disclosure2019[(int)cell] = value is { } count ? (int)count : null;
        }

        return this;
    }

    /// <summary>Sets the 2019 edition's 政府集中采购: projects, total amount and the unit printed with it.</summary>
    /// <param name="projects">采购项目数量.</param>
    /// <param name="amount">采购总金额, exact.</param>
    /// <param name="unit">The unit printed beside the amount (元 or 万元), or <see langword="null"/> when none is printed.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Procurement(int projects, decimal amount, MoneyUnit? unit)
    {
        Set(DisclosureCell2019.ProcurementProjects, projects).Set(DisclosureCell2019.ProcurementAmount, amount);
        _procurementUnit = unit is { } u ? Guard.Against.EnumOutOfRange(u, nameof(unit)) : null;
        return this;
    }

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
        EditionFormat format = ReportFormat.Of(_edition);
        RefuseOtherEdition(format);
        int?[] cells = (int?[])_applications.Clone();
        foreach (ApplicationRow row in format.ApplicationRows)
        {
            if (row is ApplicationRow.OutcomesTotal or ApplicationRow.CarriedForward)
            {
                continue;
            }

            FillRow(cells, (int)row);
        }

        for (int column = 0; column < Columns; column++)
        {
            ref int? total = ref cells[((int)ApplicationRow.OutcomesTotal * Columns) + column];
            if (total is null)
            {
                long sum = 0;
                foreach (ApplicationRow row in format.OutcomeRows)
                {
                    sum += cells[((int)row * Columns) + column]!.Value;
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

        var review = new ReviewAndLitigation
        {
            Review = CaseOutcomes.FromCells(cases.AsSpan(0, CaseColumns)),
            LitigationWithoutReview = CaseOutcomes.FromCells(cases.AsSpan(CaseColumns, CaseColumns)),
            LitigationAfterReview = CaseOutcomes.FromCells(cases.AsSpan(2 * CaseColumns, CaseColumns)),
        };
        var agency = new Agency { Name = _agencyName, Region = _region };
        AnnualReport report = _edition == ReportEdition.Edition2019
            ? new AnnualReport(_year, agency, BuildDisclosure2019(), BuildApplications2019(cells), review)
            : new AnnualReport
            {
                Edition = _edition,
                Year = _year,
                Agency = agency,
                ProactiveDisclosure = BuildDisclosure(Count2021, _feesAmount ?? 0m),
                Applications = BuildApplications(cells),
                ReviewAndLitigation = review,
            };
        return report with
        {
            Kind = _kind,
            Title = _title,
            PublishedOn = _publishedOn,
            Overview = _overview,
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
        };
        if (report.ProactiveDisclosure2019 is { } disclosure2019)
        {
            for (int cell = 0; cell < builder._disclosure2019.Length; cell++)
            {
                builder._disclosure2019[cell] = (int?)disclosure2019[(DisclosureCell2019)cell];
            }

            builder._procurementAmount = disclosure2019.Procurement.Amount;
            builder._procurementUnit = disclosure2019.Procurement.AmountUnit;
        }
        else
        {
            for (int cell = 0; cell < builder._disclosure.Length; cell++)
            {
                builder._disclosure[cell] = (int?)report.ProactiveDisclosure[(DisclosureCell)cell];
            }

            builder._feesAmount = report.ProactiveDisclosure.Fees.Amount;
        }

        var buffer = default(ApplicationRowBuffer);
        Span<ApplicantBreakdown> rows = buffer;
        report.CopyApplicationRows(rows);
        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            for (int column = 0; column < Columns && rows[row] is { } breakdown; column++)
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
            NotDisclosed = NotDisclosedOf(cells),
            UnableToProvide = UnableToProvideOf(cells),
            NotProcessed = NotProcessedOf(cells),
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

    /// <summary>The 2019 edition's section 三 from cells indexed as <see cref="BuildApplications"/>'s (rows 1 and 2 of （六） ignored).</summary>
    internal static Applications2019 BuildApplications2019(int?[] cells) => new()
    {
        Received = RowOf(cells, ApplicationRow.Received),
        CarriedOver = RowOf(cells, ApplicationRow.CarriedOver),
        Outcomes = new Outcomes2019
        {
            Disclosed = RowOf(cells, ApplicationRow.Disclosed),
            PartiallyDisclosed = RowOf(cells, ApplicationRow.PartiallyDisclosed),
            NotDisclosed = NotDisclosedOf(cells),
            UnableToProvide = UnableToProvideOf(cells),
            NotProcessed = NotProcessedOf(cells),
            OtherHandling = RowOf(cells, ApplicationRow.OtherHandling),
            Total = RowOf(cells, ApplicationRow.OutcomesTotal),
        },
        CarriedForward = RowOf(cells, ApplicationRow.CarriedForward),
    };

    /// <summary>The 2021 edition's section 二 from its counts (by cell) and the fee amount.</summary>
    internal static ProactiveDisclosure BuildDisclosure(Func<DisclosureCell, int?> count, decimal? feesAmount) => new()
    {
        Regulations = new DocumentCounts
        {
            Issued = count(DisclosureCell.RegulationsIssued),
            Abolished = count(DisclosureCell.RegulationsAbolished),
            InForce = count(DisclosureCell.RegulationsInForce),
        },
        NormativeDocuments = new DocumentCounts
        {
            Issued = count(DisclosureCell.NormativeDocumentsIssued),
            Abolished = count(DisclosureCell.NormativeDocumentsAbolished),
            InForce = count(DisclosureCell.NormativeDocumentsInForce),
        },
        Licensing = new DecisionCount { Decisions = count(DisclosureCell.LicensingDecisions) },
        Penalties = new DecisionCount { Decisions = count(DisclosureCell.PenaltiesDecisions) },
        CompulsoryMeasures = new DecisionCount { Decisions = count(DisclosureCell.CompulsoryMeasuresDecisions) },
        Fees = new FeeAmount { Amount = feesAmount },
    };

    /// <summary>The 2019 edition's section 二 from its counts (by cell), the procurement amount and its unit.</summary>
    internal static ProactiveDisclosure2019 BuildDisclosure2019(Func<DisclosureCell2019, int?> count, decimal? procurementAmount, MoneyUnit? unit)
    {
        ItemCounts Items(DisclosureCell2019 first) => new()
        {
            PreviousYearItems = count(first),
            Change = count(first + 1),
            Decisions = count(first + 2),
        };

        PublicationCounts Publication(DisclosureCell2019 first) => new()
        {
            Made = count(first),
            Published = count(first + 1),
            PublishedTotal = count(first + 2),
        };

        return new ProactiveDisclosure2019
        {
            Regulations = Publication(DisclosureCell2019.RegulationsMade),
            NormativeDocuments = Publication(DisclosureCell2019.NormativeDocumentsMade),
            Licensing = Items(DisclosureCell2019.LicensingPreviousYearItems),
            OtherServices = Items(DisclosureCell2019.OtherServicesPreviousYearItems),
            Penalties = Items(DisclosureCell2019.PenaltiesPreviousYearItems),
            CompulsoryMeasures = Items(DisclosureCell2019.CompulsoryMeasuresPreviousYearItems),
            Fees = new FeeItems { PreviousYearItems = count(DisclosureCell2019.FeesPreviousYearItems), Change = count(DisclosureCell2019.FeesChange) },
            Procurement = new ProcurementTotals { Projects = count(DisclosureCell2019.ProcurementProjects), Amount = procurementAmount, AmountUnit = unit },
        };
    }

    private static NotDisclosedOutcomes NotDisclosedOf(int?[] cells) => new()
    {
        StateSecret = RowOf(cells, ApplicationRow.StateSecret),
        ProhibitedByLaw = RowOf(cells, ApplicationRow.ProhibitedByLaw),
        SecurityOrStability = RowOf(cells, ApplicationRow.SecurityOrStability),
        ThirdPartyRights = RowOf(cells, ApplicationRow.ThirdPartyRights),
        InternalAffairs = RowOf(cells, ApplicationRow.InternalAffairs),
        ProcessInformation = RowOf(cells, ApplicationRow.ProcessInformation),
        EnforcementCaseFile = RowOf(cells, ApplicationRow.EnforcementCaseFile),
        AdministrativeQuery = RowOf(cells, ApplicationRow.AdministrativeQuery),
    };

    private static UnableToProvideOutcomes UnableToProvideOf(int?[] cells) => new()
    {
        NotHeld = RowOf(cells, ApplicationRow.NotHeld),
        NeedsCreation = RowOf(cells, ApplicationRow.NeedsCreation),
        UnclearAfterCorrection = RowOf(cells, ApplicationRow.UnclearAfterCorrection),
    };

    private static NotProcessedOutcomes NotProcessedOf(int?[] cells) => new()
    {
        Complaint = RowOf(cells, ApplicationRow.Complaint),
        Duplicate = RowOf(cells, ApplicationRow.Duplicate),
        Publication = RowOf(cells, ApplicationRow.Publication),
        Excessive = RowOf(cells, ApplicationRow.Excessive),
        Confirmation = RowOf(cells, ApplicationRow.Confirmation),
    };

    private int? Count2021(DisclosureCell cell)
    {
        int Count(DisclosureCell c) => _disclosure[(int)c] ?? 0;
        return _disclosure[(int)cell] ?? cell switch
        {
            // 现行有效件数 not set: what was issued this year and not abolished.
            DisclosureCell.RegulationsInForce or DisclosureCell.NormativeDocumentsInForce => Math.Max(0, Count(cell - 2) - Count(cell - 1)),
            _ => 0,
        };
    }

    private ProactiveDisclosure2019 BuildDisclosure2019()
    {
        int Count(DisclosureCell2019 cell) => _disclosure2019[(int)cell] ?? cell switch
        {
            // 对外公开总数量 includes this year's: at least 本年新公开数量 (GID105's counterpart holds by construction).
            DisclosureCell2019.RegulationsPublishedTotal or DisclosureCell2019.NormativeDocumentsPublishedTotal => _disclosure2019[(int)cell - 1] ?? 0,
            _ => 0,
        };

        return BuildDisclosure2019(cell => Count(cell), _procurementAmount ?? 0m, _procurementUnit);
    }

    private void RefuseOtherEdition(EditionFormat format)
    {
        var foreign = new List<string>();
        if (format.Edition == ReportEdition.Edition2019)
        {
            foreign.AddRange(Enumerable.Range(0, _disclosure.Length).Where(c => _disclosure[c] is not null).Select(c => ReportFormat.CellPointer((DisclosureCell)c)));
            if (_feesAmount is not null)
            {
                foreign.Add(ReportFormat.CellPointer(DisclosureCell.FeesAmount));
            }
        }
        else
        {
            foreign.AddRange(Enumerable.Range(0, _disclosure2019.Length).Where(c => _disclosure2019[c] is not null).Select(c => ReportFormat.CellPointer((DisclosureCell2019)c)));
            if (_procurementAmount is not null)
            {
                foreign.Add(ReportFormat.CellPointer(DisclosureCell2019.ProcurementAmount));
            }
        }

        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            for (int column = 0; column < Columns && !format.Prints((ApplicationRow)row); column++)
            {
                if (_applications[(row * Columns) + column] is not null)
                {
                    foreign.Add(ReportFormat.CellPointer((ApplicationRow)row, (ApplicantColumn)column));
                }
            }
        }

        if (foreign.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {format.Key} edition does not print {string.Join(", ", foreign)}: a report holds only the cells of its edition. Set the cells of the {format.Key} edition, or choose the other edition with WithEdition.");
        }
    }
}
