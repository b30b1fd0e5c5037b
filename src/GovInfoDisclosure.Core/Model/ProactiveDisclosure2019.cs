using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>A row of the 2019 edition's 第二十条第（一）项 (规章, 规范性文件): documents made, published, published in all.</summary>
public sealed record PublicationCounts
{
    private readonly int? _made;
    private readonly int? _published;
    private readonly int? _publishedTotal;

    /// <summary>本年新制作数量.</summary>
    public int? Made { get => _made; init => _made = Cells.Count(value, nameof(Made)); }

    /// <summary>本年新公开数量.</summary>
    public int? Published { get => _published; init => _published = Cells.Count(value, nameof(Published)); }

    /// <summary>对外公开总数量 (what has been published in all, this year's included).</summary>
    public int? PublishedTotal { get => _publishedTotal; init => _publishedTotal = Cells.Count(value, nameof(PublishedTotal)); }
}

/// <summary>
/// A row of the 2019 edition's 第二十条第（五）（六）项 (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制): the items of the
/// previous year, this year's change and the decisions taken.
/// </summary>
public sealed record ItemCounts
{
    private readonly int? _previousYearItems;
    private readonly int? _decisions;

    /// <summary>上一年项目数量.</summary>
    public int? PreviousYearItems { get => _previousYearItems; init => _previousYearItems = Cells.Count(value, nameof(PreviousYearItems)); }

    /// <summary>本年增/减: a signed count (−18 is 18 items fewer than the year before).</summary>
    public int? Change { get; init; }

    /// <summary>处理决定数量.</summary>
    public int? Decisions { get => _decisions; init => _decisions = Cells.Count(value, nameof(Decisions)); }
}

/// <summary>The 2019 edition's 第二十条第（八）项, 行政事业性收费: the items of the previous year and this year's change (no amount).</summary>
public sealed record FeeItems
{
    private readonly int? _previousYearItems;

    /// <summary>上一年项目数量.</summary>
    public int? PreviousYearItems { get => _previousYearItems; init => _previousYearItems = Cells.Count(value, nameof(PreviousYearItems)); }

    /// <summary>本年增/减: a signed count.</summary>
    public int? Change { get; init; }
}

/// <summary>The 2019 edition's 第二十条第（九）项, 政府集中采购: the projects and their total amount, in the unit printed with it.</summary>
public sealed record ProcurementTotals
{
    private readonly int? _projects;
    private readonly decimal? _amount;
    private readonly MoneyUnit? _amountUnit;

    /// <summary>采购项目数量.</summary>
    public int? Projects { get => _projects; init => _projects = Cells.Count(value, nameof(Projects)); }

    /// <summary>采购总金额, exact, in <see cref="AmountUnit"/>.</summary>
    public decimal? Amount { get => _amount; init => _amount = Cells.Amount(value, nameof(Amount)); }

    /// <summary>The unit printed beside the amount (元 or 万元); <see langword="null"/> where none is printed. Never guessed.</summary>
    public MoneyUnit? AmountUnit
    {
        get => _amountUnit;
        init => _amountUnit = value is { } unit ? Guard.Against.EnumOutOfRange(unit, nameof(AmountUnit)) : null;
    }
}

/// <summary>Section 二 of the 2019 edition, 主动公开政府信息情况: eight rows under 第二十条第（一）（五）（六）（八）（九）项.</summary>
public sealed record ProactiveDisclosure2019
{
    private readonly PublicationCounts _regulations = null!;
    private readonly PublicationCounts _normativeDocuments = null!;
    private readonly ItemCounts _licensing = null!;
    private readonly ItemCounts _otherServices = null!;
    private readonly ItemCounts _penalties = null!;
    private readonly ItemCounts _compulsoryMeasures = null!;
    private readonly FeeItems _fees = null!;
    private readonly ProcurementTotals _procurement = null!;

    /// <summary>第二十条第（一）项 · 规章.</summary>
    public required PublicationCounts Regulations { get => _regulations; init => _regulations = Cells.Required(value, nameof(Regulations)); }

    /// <summary>第二十条第（一）项 · 规范性文件.</summary>
    public required PublicationCounts NormativeDocuments { get => _normativeDocuments; init => _normativeDocuments = Cells.Required(value, nameof(NormativeDocuments)); }

    /// <summary>第二十条第（五）项 · 行政许可.</summary>
    public required ItemCounts Licensing { get => _licensing; init => _licensing = Cells.Required(value, nameof(Licensing)); }

    /// <summary>第二十条第（五）项 · 其他对外管理服务事项.</summary>
    public required ItemCounts OtherServices { get => _otherServices; init => _otherServices = Cells.Required(value, nameof(OtherServices)); }

    /// <summary>第二十条第（六）项 · 行政处罚.</summary>
    public required ItemCounts Penalties { get => _penalties; init => _penalties = Cells.Required(value, nameof(Penalties)); }

    /// <summary>第二十条第（六）项 · 行政强制.</summary>
    public required ItemCounts CompulsoryMeasures { get => _compulsoryMeasures; init => _compulsoryMeasures = Cells.Required(value, nameof(CompulsoryMeasures)); }

    /// <summary>第二十条第（八）项 · 行政事业性收费.</summary>
    public required FeeItems Fees { get => _fees; init => _fees = Cells.Required(value, nameof(Fees)); }

    /// <summary>第二十条第（九）项 · 政府集中采购.</summary>
    public required ProcurementTotals Procurement { get => _procurement; init => _procurement = Cells.Required(value, nameof(Procurement)); }

    /// <summary>Whether any number cell of section 二 is blank (the amount's unit is not a number cell).</summary>
    public bool HasBlank =>
        !(_regulations is { Made: not null, Published: not null, PublishedTotal: not null }
          && _normativeDocuments is { Made: not null, Published: not null, PublishedTotal: not null }
          && Complete(_licensing) && Complete(_otherServices) && Complete(_penalties) && Complete(_compulsoryMeasures)
          && _fees is { PreviousYearItems: not null, Change: not null } && _procurement is { Projects: not null, Amount: not null });

    /// <summary>A number cell of section 二 (the procurement amount is the only one that can have decimals).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The value, or <see langword="null"/> for a blank.</returns>
    public decimal? this[DisclosureCell2019 cell] => cell switch
    {
        DisclosureCell2019.RegulationsMade => _regulations.Made,
        DisclosureCell2019.RegulationsPublished => _regulations.Published,
        DisclosureCell2019.RegulationsPublishedTotal => _regulations.PublishedTotal,
        DisclosureCell2019.NormativeDocumentsMade => _normativeDocuments.Made,
        DisclosureCell2019.NormativeDocumentsPublished => _normativeDocuments.Published,
        DisclosureCell2019.NormativeDocumentsPublishedTotal => _normativeDocuments.PublishedTotal,
        DisclosureCell2019.LicensingPreviousYearItems => _licensing.PreviousYearItems,
        DisclosureCell2019.LicensingChange => _licensing.Change,
        DisclosureCell2019.LicensingDecisions => _licensing.Decisions,
        DisclosureCell2019.OtherServicesPreviousYearItems => _otherServices.PreviousYearItems,
        DisclosureCell2019.OtherServicesChange => _otherServices.Change,
        DisclosureCell2019.OtherServicesDecisions => _otherServices.Decisions,
        DisclosureCell2019.PenaltiesPreviousYearItems => _penalties.PreviousYearItems,
        DisclosureCell2019.PenaltiesChange => _penalties.Change,
        DisclosureCell2019.PenaltiesDecisions => _penalties.Decisions,
        DisclosureCell2019.CompulsoryMeasuresPreviousYearItems => _compulsoryMeasures.PreviousYearItems,
        DisclosureCell2019.CompulsoryMeasuresChange => _compulsoryMeasures.Change,
        DisclosureCell2019.CompulsoryMeasuresDecisions => _compulsoryMeasures.Decisions,
        DisclosureCell2019.FeesPreviousYearItems => _fees.PreviousYearItems,
        DisclosureCell2019.FeesChange => _fees.Change,
        DisclosureCell2019.ProcurementProjects => _procurement.Projects,
        DisclosureCell2019.ProcurementAmount => _procurement.Amount,
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, "Unknown cell of the 2019 edition's section 二."),
    };

    private static bool Complete(ItemCounts row) => row is { PreviousYearItems: not null, Change: not null, Decisions: not null };
}
