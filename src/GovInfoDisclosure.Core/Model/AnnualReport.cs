using System.Diagnostics.CodeAnalysis;
using System.Text;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// A government information disclosure annual report (政府信息公开工作年度报告) in either edition of the national format:
/// an immutable value whose equality is structural, cell by cell and paragraph by paragraph.
/// </summary>
/// <remarks>
/// <para>
/// Build one with <see cref="AnnualReportBuilder"/>, read one with <see cref="Json.AnnualReportJson"/>, check one with
/// <c>ReportValidator</c>. Blank cells are <see langword="null"/>, never zero; totals are kept as
/// published.
/// </para>
/// <para>
/// The two editions differ in section 二 and in section 三's （六）其他处理, and a report holds only the cells its
/// <see cref="Edition"/> prints: a 2021-edition report has <see cref="ProactiveDisclosure"/> and
/// <see cref="Applications"/>; a 2019-edition report (made with the constructor that takes the 2019 sections) has
/// <see cref="ProactiveDisclosure2019"/> and <see cref="Applications2019"/>. Asking a report for a section of the other
/// edition's shape throws <see cref="InvalidOperationException"/> (the 2021 properties) or gives
/// <see langword="null"/> (the 2019 ones); <see cref="FindApplicationRow"/> reads section 三 of either edition.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.AnnualReportJsonConverter))]
public sealed record AnnualReport
{
    /// <summary>The smallest year a report may be for.</summary>
    public const int MinYear = 1000;

    /// <summary>The largest year a report may be for.</summary>
    public const int MaxYear = 9998;

    private readonly ReportEdition _edition;
    private readonly int _year;
    private readonly Agency _agency = null!;
    private readonly ReportKind? _kind;
    private readonly ProactiveDisclosure? _proactiveDisclosure;
    private readonly Applications? _applications;
    private readonly ProactiveDisclosure2019? _proactiveDisclosure2019;
    private readonly Applications2019? _applications2019;
    private readonly ReviewAndLitigation _reviewAndLitigation = null!;
    private readonly decimal? _informationProcessingFeeYuan;

    /// <summary>Creates a report; set its members with an object initializer (a 2021-edition report).</summary>
    public AnnualReport()
    {
    }

    /// <summary>Creates a report of the 2019 edition; set the optional members with an object initializer.</summary>
    /// <param name="year">The reported year.</param>
    /// <param name="agency">The reporting body.</param>
    /// <param name="proactiveDisclosure">二、主动公开政府信息情况, in the 2019 edition's rows.</param>
    /// <param name="applications">三、收到和处理政府信息公开申请情况, with the single-row （六）其他处理.</param>
    /// <param name="reviewAndLitigation">四、政府信息公开行政复议、行政诉讼情况.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // The 2021 sections stay unset in a 2019-edition report; their getters say so.
    public AnnualReport(int year, Agency agency, ProactiveDisclosure2019 proactiveDisclosure, Applications2019 applications, ReviewAndLitigation reviewAndLitigation)
    {
        Edition = ReportEdition.Edition2019;
        Year = year;
        Agency = agency;
        ProactiveDisclosure2019 = proactiveDisclosure;
        Applications2019 = applications;
        ReviewAndLitigation = reviewAndLitigation;
    }
#pragma warning restore CS8618

    /// <summary>The format edition the report follows; it decides which sections 二 and 三 the report holds.</summary>
    public required ReportEdition Edition
    {
        get => _edition;
        init
        {
            Guard.Against.EnumOutOfRange(value, nameof(Edition));
            if ((value == ReportEdition.Edition2019 && (_proactiveDisclosure is not null || _applications is not null))
                || (value == ReportEdition.Edition2021 && (_proactiveDisclosure2019 is not null || _applications2019 is not null)))
            {
                throw new ArgumentException(
                    $"The report holds sections of the other edition; a report of the {ReportFormat.EditionKey(value)} edition holds only the cells that edition prints.",
                    nameof(Edition));
            }

            _edition = value;
        }
    }

    /// <summary>The reported year (the report on 2022 is published early in 2023).</summary>
    public required int Year { get => _year; init => _year = Guard.Against.OutOfRange(value, nameof(Year), MinYear, MaxYear); }

    /// <summary>The reporting body.</summary>
    public required Agency Agency { get => _agency; init => _agency = Cells.Required(value, nameof(Agency)); }

    /// <summary>
    /// Whose report it is, as the document states it (<c>kind</c>); <see langword="null"/> when not given, in which case
    /// <see cref="ReportKinds.Of"/> infers it from the agency's name.
    /// </summary>
    public ReportKind? Kind { get => _kind; init => _kind = value is { } k ? Guard.Against.EnumOutOfRange(k, nameof(Kind)) : null; }

    /// <summary>The title as published.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date (the date under the signature), if printed.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>一、总体情况.</summary>
    public Narrative? Overview { get; init; }

    /// <summary>二、主动公开政府信息情况 of a 2021-edition report.</summary>
    /// <exception cref="InvalidOperationException">The report is of the 2019 edition (see <see cref="ProactiveDisclosure2019"/>).</exception>
    public required ProactiveDisclosure ProactiveDisclosure
    {
        get => _proactiveDisclosure ?? throw OtherEdition(nameof(ProactiveDisclosure2019));
        init => _proactiveDisclosure = OfEdition(Cells.Required(value, nameof(ProactiveDisclosure)), ReportEdition.Edition2021, nameof(ProactiveDisclosure));
    }

    /// <summary>三、收到和处理政府信息公开申请情况 of a 2021-edition report.</summary>
    /// <exception cref="InvalidOperationException">The report is of the 2019 edition (see <see cref="Applications2019"/>).</exception>
    public required Applications Applications
    {
        get => _applications ?? throw OtherEdition(nameof(Applications2019));
        init => _applications = OfEdition(Cells.Required(value, nameof(Applications)), ReportEdition.Edition2021, nameof(Applications));
    }

    /// <summary>二、主动公开政府信息情况 of a 2019-edition report; <see langword="null"/> for a 2021-edition report.</summary>
    public ProactiveDisclosure2019? ProactiveDisclosure2019
    {
        get => _proactiveDisclosure2019;
        init => _proactiveDisclosure2019 = OfEdition(Cells.Required(value!, nameof(ProactiveDisclosure2019)), ReportEdition.Edition2019, nameof(ProactiveDisclosure2019));
    }

    /// <summary>三、收到和处理政府信息公开申请情况 of a 2019-edition report; <see langword="null"/> for a 2021-edition report.</summary>
    public Applications2019? Applications2019
    {
        get => _applications2019;
        init => _applications2019 = OfEdition(Cells.Required(value!, nameof(Applications2019)), ReportEdition.Edition2019, nameof(Applications2019));
    }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
    public required ReviewAndLitigation ReviewAndLitigation { get => _reviewAndLitigation; init => _reviewAndLitigation = Cells.Required(value, nameof(ReviewAndLitigation)); }

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public Narrative? ProblemsAndImprovements { get; init; }

    /// <summary>六、其他需要报告的事项.</summary>
    public Narrative? OtherMatters { get; init; }

    /// <summary>The 信息处理费 collected in the year, in yuan, if stated.</summary>
    public decimal? InformationProcessingFeeYuan { get => _informationProcessingFeeYuan; init => _informationProcessingFeeYuan = Cells.Amount(value, nameof(InformationProcessingFeeYuan)); }

    /// <summary>A row of section 三 in either edition; <see langword="null"/> for a row the report's edition does not print.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Its cells, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of section 三.</exception>
    public ApplicantBreakdown? FindApplicationRow(ApplicationRow row)
    {
        // Validated by a comparison, not Enum.IsDefined (which boxes): the validator calls this for every report.
        if ((uint)row >= ReportFormat.ApplicationRowCount)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "Not a row of section 三.");
        }

        if (_applications is { } applications)
        {
            return applications[row];
        }

        return row is ApplicationRow.NoCorrection or ApplicationRow.FeeUnpaid ? null : _applications2019![row];
    }

    /// <summary>Copies the rows of section 三 by <see cref="ApplicationRow"/>; a row the edition does not print stays <see langword="null"/>.</summary>
    internal void CopyApplicationRows(Span<ApplicantBreakdown> rows)
    {
        if (_applications is { } applications)
        {
            applications.CopyRows(rows);
        }
        else
        {
            _applications2019!.CopyRows(rows);
        }
    }

    /// <summary>A builder holding this report's values, to derive another report.</summary>
    /// <returns>A new builder.</returns>
    public AnnualReportBuilder ToBuilder() => AnnualReportBuilder.From(this);

    private T OfEdition<T>(T value, ReportEdition edition, string name)
    {
        if (_edition != default && _edition != edition)
        {
            throw new ArgumentException(
                $"A report of the {ReportFormat.EditionKey(_edition)} edition cannot hold {name}, a section of the {ReportFormat.EditionKey(edition)} edition.", name);
        }

        return value;
    }

    private InvalidOperationException OtherEdition(string instead) => new(
        $"This report is of the {ReportFormat.EditionKey(_edition)} edition, whose sections 二 and 三 differ from the 2021 edition's: read {instead} (check Edition first).");

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Edition = ").Append(_edition).Append(", Year = ").Append(_year).Append(", Agency = ").Append(_agency)
            .Append(", Kind = ").Append(_kind).Append(", Title = ").Append(Title).Append(", PublishedOn = ").Append(PublishedOn)
            .Append(", Overview = ").Append(Overview)
            .Append(", ProactiveDisclosure = ").Append((object?)_proactiveDisclosure ?? _proactiveDisclosure2019)
            .Append(", Applications = ").Append((object?)_applications ?? _applications2019)
            .Append(", ReviewAndLitigation = ").Append(_reviewAndLitigation)
            .Append(", ProblemsAndImprovements = ").Append(ProblemsAndImprovements).Append(", OtherMatters = ").Append(OtherMatters)
            .Append(", InformationProcessingFeeYuan = ").Append(_informationProcessingFeeYuan);
        return true;
    }
}
