using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>A row of 第二十条第（一）项 (规章, 行政规范性文件): documents issued, abolished and in force.</summary>
public sealed record DocumentCounts
{
    private readonly int? _issued;
    private readonly int? _abolished;
    private readonly int? _inForce;

    /// <summary>本年制发件数.</summary>
    public int? Issued { get => _issued; init => _issued = Cells.Count(value, nameof(Issued)); }

    /// <summary>本年废止件数.</summary>
    public int? Abolished { get => _abolished; init => _abolished = Cells.Count(value, nameof(Abolished)); }

    /// <summary>现行有效件数.</summary>
    public int? InForce { get => _inForce; init => _inForce = Cells.Count(value, nameof(InForce)); }
}

/// <summary>A row of 第二十条第（五）（六）项 (行政许可, 行政处罚, 行政强制): decisions taken this year.</summary>
public sealed record DecisionCount
{
    private readonly int? _decisions;

    /// <summary>本年处理决定数量.</summary>
    public int? Decisions { get => _decisions; init => _decisions = Cells.Count(value, nameof(Decisions)); }
}

/// <summary>第二十条第（八）项, 行政事业性收费: the amount collected this year, in 万元 (ten thousand yuan).</summary>
public sealed record FeeAmount
{
    private readonly decimal? _amount;

    /// <summary>本年收费金额, in 万元; exact (never a binary floating-point number).</summary>
    public decimal? Amount { get => _amount; init => _amount = Cells.Amount(value, nameof(Amount)); }
}

/// <summary>Section 二, 主动公开政府信息情况.</summary>
public sealed record ProactiveDisclosure
{
    private readonly DocumentCounts _regulations = null!;
    private readonly DocumentCounts _normativeDocuments = null!;
    private readonly DecisionCount _licensing = null!;
    private readonly DecisionCount _penalties = null!;
    private readonly DecisionCount _compulsoryMeasures = null!;
    private readonly FeeAmount _fees = null!;

    /// <summary>第二十条第（一）项 · 规章.</summary>
    public required DocumentCounts Regulations { get => _regulations; init => _regulations = Cells.Required(value, nameof(Regulations)); }

    /// <summary>第二十条第（一）项 · 行政规范性文件.</summary>
    public required DocumentCounts NormativeDocuments { get => _normativeDocuments; init => _normativeDocuments = Cells.Required(value, nameof(NormativeDocuments)); }

    /// <summary>第二十条第（五）项 · 行政许可.</summary>
    public required DecisionCount Licensing { get => _licensing; init => _licensing = Cells.Required(value, nameof(Licensing)); }

    /// <summary>第二十条第（六）项 · 行政处罚.</summary>
    public required DecisionCount Penalties { get => _penalties; init => _penalties = Cells.Required(value, nameof(Penalties)); }

    /// <summary>第二十条第（六）项 · 行政强制.</summary>
    public required DecisionCount CompulsoryMeasures { get => _compulsoryMeasures; init => _compulsoryMeasures = Cells.Required(value, nameof(CompulsoryMeasures)); }

    /// <summary>第二十条第（八）项 · 行政事业性收费.</summary>
    public required FeeAmount Fees { get => _fees; init => _fees = Cells.Required(value, nameof(Fees)); }

    /// <summary>Whether any cell of section 二 is blank.</summary>
    public bool HasBlank =>
        !(_regulations.Issued.HasValue && _regulations.Abolished.HasValue && _regulations.InForce.HasValue
          && _normativeDocuments.Issued.HasValue && _normativeDocuments.Abolished.HasValue && _normativeDocuments.InForce.HasValue
          && _licensing.Decisions.HasValue && _penalties.Decisions.HasValue && _compulsoryMeasures.Decisions.HasValue && _fees.Amount.HasValue);

    /// <summary>A cell of section 二 as a number (the fee amount is the only one that can have decimals).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The value, or <see langword="null"/> for a blank.</returns>
    public decimal? this[DisclosureCell cell] => cell switch
    {
        DisclosureCell.RegulationsIssued => _regulations.Issued,
        DisclosureCell.RegulationsAbolished => _regulations.Abolished,
        DisclosureCell.RegulationsInForce => _regulations.InForce,
        DisclosureCell.NormativeDocumentsIssued => _normativeDocuments.Issued,
        DisclosureCell.NormativeDocumentsAbolished => _normativeDocuments.Abolished,
        DisclosureCell.NormativeDocumentsInForce => _normativeDocuments.InForce,
        DisclosureCell.LicensingDecisions => _licensing.Decisions,
        DisclosureCell.PenaltiesDecisions => _penalties.Decisions,
        DisclosureCell.CompulsoryMeasuresDecisions => _compulsoryMeasures.Decisions,
        DisclosureCell.FeesAmount => _fees.Amount,
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, "Unknown cell of section 二."),
    };
}
