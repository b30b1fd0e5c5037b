using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// A government information disclosure annual report (政府信息公开工作年度报告) in the 2021 national format:
/// an immutable value whose equality is structural, cell by cell and paragraph by paragraph.
/// </summary>
/// <remarks>
/// Build one with <see cref="AnnualReportBuilder"/>, read one with <see cref="Json.AnnualReportJson"/>, check one with
/// <c>ReportValidator</c>. Blank cells are <see langword="null"/>, never zero; totals are kept as
/// published.
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
    private readonly ProactiveDisclosure _proactiveDisclosure = null!;
    private readonly Applications _applications = null!;
    private readonly ReviewAndLitigation _reviewAndLitigation = null!;
    private readonly decimal? _informationProcessingFeeYuan;

    /// <summary>The format edition the report follows.</summary>
    public required ReportEdition Edition { get => _edition; init => _edition = Guard.Against.EnumOutOfRange(value, nameof(Edition)); }

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

    /// <summary>二、主动公开政府信息情况.</summary>
    public required ProactiveDisclosure ProactiveDisclosure { get => _proactiveDisclosure; init => _proactiveDisclosure = Cells.Required(value, nameof(ProactiveDisclosure)); }

    /// <summary>三、收到和处理政府信息公开申请情况.</summary>
    public required Applications Applications { get => _applications; init => _applications = Cells.Required(value, nameof(Applications)); }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
    public required ReviewAndLitigation ReviewAndLitigation { get => _reviewAndLitigation; init => _reviewAndLitigation = Cells.Required(value, nameof(ReviewAndLitigation)); }

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public Narrative? ProblemsAndImprovements { get; init; }

    /// <summary>六、其他需要报告的事项.</summary>
    public Narrative? OtherMatters { get; init; }

    /// <summary>The 信息处理费 collected in the year, in yuan, if stated.</summary>
    public decimal? InformationProcessingFeeYuan { get => _informationProcessingFeeYuan; init => _informationProcessingFeeYuan = Cells.Amount(value, nameof(InformationProcessingFeeYuan)); }

    /// <summary>A builder holding this report's values, to derive another report.</summary>
    /// <returns>A new builder.</returns>
    public AnnualReportBuilder ToBuilder() => AnnualReportBuilder.From(this);
}
