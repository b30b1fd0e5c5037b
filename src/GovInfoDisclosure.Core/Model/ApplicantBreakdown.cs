using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// One row of section 三: a count for each kind of applicant and the total (申请人情况).
/// A <see langword="null"/> cell is a blank in the published table, never a zero.
/// </summary>
public sealed record ApplicantBreakdown
{
    private readonly int? _naturalPerson;
    private readonly int? _commercialEnterprise;
    private readonly int? _researchInstitution;
    private readonly int? _publicInterestOrganization;
    private readonly int? _legalServiceProvider;
    private readonly int? _otherOrganization;
    private readonly int? _total;

    /// <summary>A row whose every cell is blank.</summary>
    public static ApplicantBreakdown Blank { get; } = new();

    /// <summary>A row whose every cell is zero.</summary>
    public static ApplicantBreakdown Zero { get; } = new()
    {
        NaturalPerson = 0, CommercialEnterprise = 0, ResearchInstitution = 0, PublicInterestOrganization = 0,
        LegalServiceProvider = 0, OtherOrganization = 0, Total = 0,
    };

    /// <summary>自然人.</summary>
    public int? NaturalPerson { get => _naturalPerson; init => _naturalPerson = Cells.Count(value, nameof(NaturalPerson)); }

    /// <summary>法人或其他组织 · 商业企业.</summary>
    public int? CommercialEnterprise { get => _commercialEnterprise; init => _commercialEnterprise = Cells.Count(value, nameof(CommercialEnterprise)); }

    /// <summary>法人或其他组织 · 科研机构.</summary>
    public int? ResearchInstitution { get => _researchInstitution; init => _researchInstitution = Cells.Count(value, nameof(ResearchInstitution)); }

    /// <summary>法人或其他组织 · 社会公益组织.</summary>
    public int? PublicInterestOrganization { get => _publicInterestOrganization; init => _publicInterestOrganization = Cells.Count(value, nameof(PublicInterestOrganization)); }

    /// <summary>法人或其他组织 · 法律服务机构.</summary>
    public int? LegalServiceProvider { get => _legalServiceProvider; init => _legalServiceProvider = Cells.Count(value, nameof(LegalServiceProvider)); }

    /// <summary>法人或其他组织 · 其他.</summary>
    public int? OtherOrganization { get => _otherOrganization; init => _otherOrganization = Cells.Count(value, nameof(OtherOrganization)); }

    /// <summary>总计, as published (never recomputed).</summary>
    public int? Total { get => _total; init => _total = Cells.Count(value, nameof(Total)); }

    /// <summary>The cell in the given column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The count, or <see langword="null"/> for a blank.</returns>
    public int? this[ApplicantColumn column] => column switch
    {
        ApplicantColumn.NaturalPerson => _naturalPerson,
        ApplicantColumn.CommercialEnterprise => _commercialEnterprise,
        ApplicantColumn.ResearchInstitution => _researchInstitution,
        ApplicantColumn.PublicInterestOrganization => _publicInterestOrganization,
        ApplicantColumn.LegalServiceProvider => _legalServiceProvider,
        ApplicantColumn.OtherOrganization => _otherOrganization,
        ApplicantColumn.Total => _total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown applicant column."),
    };

    /// <summary>Whether any cell is blank.</summary>
    public bool HasBlank =>
        !(_naturalPerson.HasValue && _commercialEnterprise.HasValue && _researchInstitution.HasValue && _publicInterestOrganization.HasValue
          && _legalServiceProvider.HasValue && _otherOrganization.HasValue && _total.HasValue);

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
