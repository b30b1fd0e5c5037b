using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>Section 三, 收到和处理政府信息公开申请情况: 25 rows, each an <see cref="ApplicantBreakdown"/>.</summary>
public sealed record Applications
{
    private readonly ApplicantBreakdown _received = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _carriedOver = ApplicantBreakdown.Blank;
    private readonly Outcomes _outcomes = null!;
    private readonly ApplicantBreakdown _carriedForward = ApplicantBreakdown.Blank;

    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    public required ApplicantBreakdown Received { get => _received; init => _received = Cells.Required(value, nameof(Received)); }

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    public required ApplicantBreakdown CarriedOver { get => _carriedOver; init => _carriedOver = Cells.Required(value, nameof(CarriedOver)); }

    /// <summary>三、本年度办理结果.</summary>
    public required Outcomes Outcomes { get => _outcomes; init => _outcomes = Cells.Required(value, nameof(Outcomes)); }

    /// <summary>四、结转下年度继续办理.</summary>
    public required ApplicantBreakdown CarriedForward { get => _carriedForward; init => _carriedForward = Cells.Required(value, nameof(CarriedForward)); }

    /// <summary>The row of section 三 with the given catalogue id.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Its cells.</returns>
    public ApplicantBreakdown this[ApplicationRow row] => row switch
    {
        ApplicationRow.Received => _received,
        ApplicationRow.CarriedOver => _carriedOver,
        ApplicationRow.CarriedForward => _carriedForward,
        _ => _outcomes[row],
    };

    /// <summary>
    /// Copies the 25 rows into <paramref name="rows"/>, indexed by <see cref="ApplicationRow"/>, for the validator's
    /// loops: one walk of the structure instead of two indexer dispatches per row and rule.
    /// </summary>
    internal void CopyRows(Span<ApplicantBreakdown> rows)
    {
        rows[(int)ApplicationRow.Received] = _received;
        rows[(int)ApplicationRow.CarriedOver] = _carriedOver;
        _outcomes.CopyRows(rows);
        rows[(int)ApplicationRow.CarriedForward] = _carriedForward;
    }
}

/// <summary>三、本年度办理结果: the outcome rows （一）–（六） and （七）总计.</summary>
public sealed record Outcomes
{
    private readonly ApplicantBreakdown _disclosed = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _partiallyDisclosed = ApplicantBreakdown.Blank;
    private readonly NotDisclosedOutcomes _notDisclosed = null!;
    private readonly UnableToProvideOutcomes _unableToProvide = null!;
    private readonly NotProcessedOutcomes _notProcessed = null!;
    private readonly OtherHandlingOutcomes _otherHandling = null!;
    private readonly ApplicantBreakdown _total = ApplicantBreakdown.Blank;

    /// <summary>（一）予以公开.</summary>
    public required ApplicantBreakdown Disclosed { get => _disclosed; init => _disclosed = Cells.Required(value, nameof(Disclosed)); }

    /// <summary>（二）部分公开（区分处理的，只计这一情形，不计其他情形）.</summary>
    public required ApplicantBreakdown PartiallyDisclosed { get => _partiallyDisclosed; init => _partiallyDisclosed = Cells.Required(value, nameof(PartiallyDisclosed)); }

    /// <summary>（三）不予公开.</summary>
    public required NotDisclosedOutcomes NotDisclosed { get => _notDisclosed; init => _notDisclosed = Cells.Required(value, nameof(NotDisclosed)); }

    /// <summary>（四）无法提供.</summary>
    public required UnableToProvideOutcomes UnableToProvide { get => _unableToProvide; init => _unableToProvide = Cells.Required(value, nameof(UnableToProvide)); }

    /// <summary>（五）不予处理.</summary>
    public required NotProcessedOutcomes NotProcessed { get => _notProcessed; init => _notProcessed = Cells.Required(value, nameof(NotProcessed)); }

    /// <summary>（六）其他处理.</summary>
    public required OtherHandlingOutcomes OtherHandling { get => _otherHandling; init => _otherHandling = Cells.Required(value, nameof(OtherHandling)); }

    /// <summary>（七）总计, as published (never recomputed).</summary>
    public required ApplicantBreakdown Total { get => _total; init => _total = Cells.Required(value, nameof(Total)); }

    /// <summary>The outcome row with the given catalogue id.</summary>
    /// <param name="row">An outcome row (<see cref="ApplicationRow.Disclosed"/> to <see cref="ApplicationRow.OutcomesTotal"/>).</param>
    /// <returns>Its cells.</returns>
    public ApplicantBreakdown this[ApplicationRow row] => row switch
    {
        ApplicationRow.Disclosed => _disclosed,
        ApplicationRow.PartiallyDisclosed => _partiallyDisclosed,
        ApplicationRow.StateSecret => _notDisclosed.StateSecret,
        ApplicationRow.ProhibitedByLaw => _notDisclosed.ProhibitedByLaw,
        ApplicationRow.SecurityOrStability => _notDisclosed.SecurityOrStability,
        ApplicationRow.ThirdPartyRights => _notDisclosed.ThirdPartyRights,
        ApplicationRow.InternalAffairs => _notDisclosed.InternalAffairs,
        ApplicationRow.ProcessInformation => _notDisclosed.ProcessInformation,
        ApplicationRow.EnforcementCaseFile => _notDisclosed.EnforcementCaseFile,
        ApplicationRow.AdministrativeQuery => _notDisclosed.AdministrativeQuery,
        ApplicationRow.NotHeld => _unableToProvide.NotHeld,
        ApplicationRow.NeedsCreation => _unableToProvide.NeedsCreation,
        ApplicationRow.UnclearAfterCorrection => _unableToProvide.UnclearAfterCorrection,
        ApplicationRow.Complaint => _notProcessed.Complaint,
        ApplicationRow.Duplicate => _notProcessed.Duplicate,
        ApplicationRow.Publication => _notProcessed.Publication,
        ApplicationRow.Excessive => _notProcessed.Excessive,
        ApplicationRow.Confirmation => _notProcessed.Confirmation,
        ApplicationRow.NoCorrection => _otherHandling.NoCorrection,
        ApplicationRow.FeeUnpaid => _otherHandling.FeeUnpaid,
        ApplicationRow.OtherHandling => _otherHandling.Other,
        ApplicationRow.OutcomesTotal => _total,
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, "Not an outcome row."),
    };

    /// <summary>Copies the outcome rows into <paramref name="rows"/> at their <see cref="ApplicationRow"/> indexes.</summary>
    internal void CopyRows(Span<ApplicantBreakdown> rows)
    {
        rows[(int)ApplicationRow.Disclosed] = _disclosed;
        rows[(int)ApplicationRow.PartiallyDisclosed] = _partiallyDisclosed;
        rows[(int)ApplicationRow.StateSecret] = _notDisclosed.StateSecret;
        rows[(int)ApplicationRow.ProhibitedByLaw] = _notDisclosed.ProhibitedByLaw;
        rows[(int)ApplicationRow.SecurityOrStability] = _notDisclosed.SecurityOrStability;
        rows[(int)ApplicationRow.ThirdPartyRights] = _notDisclosed.ThirdPartyRights;
        rows[(int)ApplicationRow.InternalAffairs] = _notDisclosed.InternalAffairs;
        rows[(int)ApplicationRow.ProcessInformation] = _notDisclosed.ProcessInformation;
        rows[(int)ApplicationRow.EnforcementCaseFile] = _notDisclosed.EnforcementCaseFile;
        rows[(int)ApplicationRow.AdministrativeQuery] = _notDisclosed.AdministrativeQuery;
        rows[(int)ApplicationRow.NotHeld] = _unableToProvide.NotHeld;
        rows[(int)ApplicationRow.NeedsCreation] = _unableToProvide.NeedsCreation;
        rows[(int)ApplicationRow.UnclearAfterCorrection] = _unableToProvide.UnclearAfterCorrection;
        rows[(int)ApplicationRow.Complaint] = _notProcessed.Complaint;
        rows[(int)ApplicationRow.Duplicate] = _notProcessed.Duplicate;
        rows[(int)ApplicationRow.Publication] = _notProcessed.Publication;
        rows[(int)ApplicationRow.Excessive] = _notProcessed.Excessive;
        rows[(int)ApplicationRow.Confirmation] = _notProcessed.Confirmation;
        rows[(int)ApplicationRow.NoCorrection] = _otherHandling.NoCorrection;
        rows[(int)ApplicationRow.FeeUnpaid] = _otherHandling.FeeUnpaid;
        rows[(int)ApplicationRow.OtherHandling] = _otherHandling.Other;
        rows[(int)ApplicationRow.OutcomesTotal] = _total;
    }
}
