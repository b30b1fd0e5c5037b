using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// One row of section 三: a count for each kind of applicant and the total (申请人情况).
/// A <see langword="null"/> cell is a blank in the published table, never a zero.
/// </summary>
public sealed record ApplicantBreakdown
{
    // The seven counts, and a bit per cell that is not blank (a blank's count is kept at 0, so the record's generated
    // equality compares cells): 48 bytes a row, where seven int? fields take 72, and HasBlank is one comparison.
    private const byte AllPresent = (1 << ReportFormat.ApplicantColumnCount) - 1;
    private readonly int _naturalPerson;
    private readonly int _commercialEnterprise;
    private readonly int _researchInstitution;
    private readonly int _publicInterestOrganization;
    private readonly int _legalServiceProvider;
    private readonly int _otherOrganization;
    private readonly int _total;
    private readonly byte _present;

    /// <summary>A row whose every cell is blank.</summary>
    public static ApplicantBreakdown Blank { get; } = new();

    /// <summary>A row whose every cell is zero.</summary>
    public static ApplicantBreakdown Zero { get; } = new()
    {
        NaturalPerson = 0, CommercialEnterprise = 0, ResearchInstitution = 0, PublicInterestOrganization = 0,
        LegalServiceProvider = 0, OtherOrganization = 0, Total = 0,
    };

    /// <summary>自然人.</summary>
    public int? NaturalPerson { get => Cells.Get(_present, 0, _naturalPerson); init => _naturalPerson = Cells.Store(value, nameof(NaturalPerson), 0, ref _present); }

    /// <summary>法人或其他组织 · 商业企业.</summary>
    public int? CommercialEnterprise { get => Cells.Get(_present, 1, _commercialEnterprise); init => _commercialEnterprise = Cells.Store(value, nameof(CommercialEnterprise), 1, ref _present); }

    /// <summary>法人或其他组织 · 科研机构.</summary>
    public int? ResearchInstitution { get => Cells.Get(_present, 2, _researchInstitution); init => _researchInstitution = Cells.Store(value, nameof(ResearchInstitution), 2, ref _present); }

    /// <summary>法人或其他组织 · 社会公益组织.</summary>
    public int? PublicInterestOrganization { get => Cells.Get(_present, 3, _publicInterestOrganization); init => _publicInterestOrganization = Cells.Store(value, nameof(PublicInterestOrganization), 3, ref _present); }

    /// <summary>法人或其他组织 · 法律服务机构.</summary>
    public int? LegalServiceProvider { get => Cells.Get(_present, 4, _legalServiceProvider); init => _legalServiceProvider = Cells.Store(value, nameof(LegalServiceProvider), 4, ref _present); }

    /// <summary>法人或其他组织 · 其他.</summary>
    public int? OtherOrganization { get => Cells.Get(_present, 5, _otherOrganization); init => _otherOrganization = Cells.Store(value, nameof(OtherOrganization), 5, ref _present); }

    /// <summary>总计, as published (never recomputed).</summary>
    public int? Total { get => Cells.Get(_present, 6, _total); init => _total = Cells.Store(value, nameof(Total), 6, ref _present); }

    /// <summary>The cell in the given column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The count, or <see langword="null"/> for a blank.</returns>
    public int? this[ApplicantColumn column] => column switch
    {
        ApplicantColumn.NaturalPerson => NaturalPerson,
        ApplicantColumn.CommercialEnterprise => CommercialEnterprise,
        ApplicantColumn.ResearchInstitution => ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization => PublicInterestOrganization,
        ApplicantColumn.LegalServiceProvider => LegalServiceProvider,
        ApplicantColumn.OtherOrganization => OtherOrganization,
        ApplicantColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown applicant column."),
    };

    /// <summary>Whether any cell is blank.</summary>
    public bool HasBlank => _present != AllPresent;

    /// <summary>The cells that are not blank, a bit per <see cref="ApplicantColumn"/>.</summary>
    internal int Present => _present;

    /// <summary>The six applicant columns added in 64 bits (a blank adds 0).</summary>
    internal long SumOfApplicants =>
        (long)_naturalPerson + _commercialEnterprise + _researchInstitution + _publicInterestOrganization + _legalServiceProvider + _otherOrganization;

    /// <summary>Adds the seven cells, in column order, to <paramref name="sums"/> (a blank adds 0).</summary>
    internal void AddTo(Span<long> sums)
    {
        sums[6] += _total;
        sums[0] += _naturalPerson;
        sums[1] += _commercialEnterprise;
        sums[2] += _researchInstitution;
        sums[3] += _publicInterestOrganization;
        sums[4] += _legalServiceProvider;
        sums[5] += _otherOrganization;
    }

    /// <summary>Copies the seven cells, in column order, to the first seven of <paramref name="cells"/> (a blank as <see langword="null"/>).</summary>
    internal void CopyTo(Span<decimal?> cells)
    {
        cells = cells[..ReportFormat.ApplicantColumnCount];
        cells[6] = Cells.Get(_present, 6, _total);
        cells[0] = Cells.Get(_present, 0, _naturalPerson);
        cells[1] = Cells.Get(_present, 1, _commercialEnterprise);
        cells[2] = Cells.Get(_present, 2, _researchInstitution);
        cells[3] = Cells.Get(_present, 3, _publicInterestOrganization);
        cells[4] = Cells.Get(_present, 4, _legalServiceProvider);
        cells[5] = Cells.Get(_present, 5, _otherOrganization);
    }

    /// <summary>Creates a row from its seven cells in column order (<see cref="ApplicantColumn"/>).</summary>
    /// <param name="cells">Seven cells.</param>
    /// <returns>The row.</returns>
    public static ApplicantBreakdown FromCells(ReadOnlySpan<int?> cells)
    {
        if (cells.Length != ReportFormat.ApplicantColumnCount)
        {
            throw new ArgumentException($"An applicant breakdown has {ReportFormat.ApplicantColumnCount} cells, not {cells.Length}.", nameof(cells));
        }

        return new ApplicantBreakdown
        {
            NaturalPerson = cells[0], CommercialEnterprise = cells[1], ResearchInstitution = cells[2], PublicInterestOrganization = cells[3],
            LegalServiceProvider = cells[4], OtherOrganization = cells[5], Total = cells[6],
        };
    }
}
