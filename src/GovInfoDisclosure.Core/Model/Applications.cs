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
        ApplicationRow.NoCorrection => _otherHandling.NoCorrection,
        ApplicationRow.FeeUnpaid => _otherHandling.FeeUnpaid,
        ApplicationRow.OtherHandling => _otherHandling.Other,
        ApplicationRow.OutcomesTotal => _total,
        _ => SharedOutcomeRows.Get(row, _disclosed, _partiallyDisclosed, _notDisclosed, _unableToProvide, _notProcessed),
    };

    /// <summary>Copies the outcome rows into <paramref name="rows"/> at their <see cref="ApplicationRow"/> indexes.</summary>
    internal void CopyRows(Span<ApplicantBreakdown> rows)
    {
        SharedOutcomeRows.Copy(rows, _disclosed, _partiallyDisclosed, _notDisclosed, _unableToProvide, _notProcessed);
        rows[(int)ApplicationRow.NoCorrection] = _otherHandling.NoCorrection;
        rows[(int)ApplicationRow.FeeUnpaid] = _otherHandling.FeeUnpaid;
        rows[(int)ApplicationRow.OtherHandling] = _otherHandling.Other;
        rows[(int)ApplicationRow.OutcomesTotal] = _total;
    }
}

/// <summary>The outcome rows （一）–（五） that both editions print alike, by <see cref="ApplicationRow"/>.</summary>
internal static class SharedOutcomeRows
{
    public static ApplicantBreakdown Get(
        ApplicationRow row, ApplicantBreakdown disclosed, ApplicantBreakdown partiallyDisclosed, NotDisclosedOutcomes notDisclosed,
        UnableToProvideOutcomes unableToProvide, NotProcessedOutcomes notProcessed) => row switch
    {
        ApplicationRow.Disclosed => disclosed,
        ApplicationRow.PartiallyDisclosed => partiallyDisclosed,
        ApplicationRow.StateSecret => notDisclosed.StateSecret,
        ApplicationRow.ProhibitedByLaw => notDisclosed.ProhibitedByLaw,
        ApplicationRow.SecurityOrStability => notDisclosed.SecurityOrStability,
        ApplicationRow.ThirdPartyRights => notDisclosed.ThirdPartyRights,
        ApplicationRow.InternalAffairs => notDisclosed.InternalAffairs,
        ApplicationRow.ProcessInformation => notDisclosed.ProcessInformation,
        ApplicationRow.EnforcementCaseFile => notDisclosed.EnforcementCaseFile,
        ApplicationRow.AdministrativeQuery => notDisclosed.AdministrativeQuery,
        ApplicationRow.NotHeld => unableToProvide.NotHeld,
        ApplicationRow.NeedsCreation => unableToProvide.NeedsCreation,
        ApplicationRow.UnclearAfterCorrection => unableToProvide.UnclearAfterCorrection,
        ApplicationRow.Complaint => notProcessed.Complaint,
        ApplicationRow.Duplicate => notProcessed.Duplicate,
        ApplicationRow.Publication => notProcessed.Publication,
        ApplicationRow.Excessive => notProcessed.Excessive,
        ApplicationRow.Confirmation => notProcessed.Confirmation,
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, "Not an outcome row of this edition."),
    };

    public static void Copy(
        Span<ApplicantBreakdown> rows, ApplicantBreakdown disclosed, ApplicantBreakdown partiallyDisclosed, NotDisclosedOutcomes notDisclosed,
        UnableToProvideOutcomes unableToProvide, NotProcessedOutcomes notProcessed)
    {
        rows[(int)ApplicationRow.Disclosed] = disclosed;
        rows[(int)ApplicationRow.PartiallyDisclosed] = partiallyDisclosed;
        rows[(int)ApplicationRow.StateSecret] = notDisclosed.StateSecret;
        rows[(int)ApplicationRow.ProhibitedByLaw] = notDisclosed.ProhibitedByLaw;
        rows[(int)ApplicationRow.SecurityOrStability] = notDisclosed.SecurityOrStability;
        rows[(int)ApplicationRow.ThirdPartyRights] = notDisclosed.ThirdPartyRights;
        rows[(int)ApplicationRow.InternalAffairs] = notDisclosed.InternalAffairs;
        rows[(int)ApplicationRow.ProcessInformation] = notDisclosed.ProcessInformation;
        rows[(int)ApplicationRow.EnforcementCaseFile] = notDisclosed.EnforcementCaseFile;
        rows[(int)ApplicationRow.AdministrativeQuery] = notDisclosed.AdministrativeQuery;
        rows[(int)ApplicationRow.NotHeld] = unableToProvide.NotHeld;
        rows[(int)ApplicationRow.NeedsCreation] = unableToProvide.NeedsCreation;
        rows[(int)ApplicationRow.UnclearAfterCorrection] = unableToProvide.UnclearAfterCorrection;
        rows[(int)ApplicationRow.Complaint] = notProcessed.Complaint;
        rows[(int)ApplicationRow.Duplicate] = notProcessed.Duplicate;
        rows[(int)ApplicationRow.Publication] = notProcessed.Publication;
        rows[(int)ApplicationRow.Excessive] = notProcessed.Excessive;
        rows[(int)ApplicationRow.Confirmation] = notProcessed.Confirmation;
    }
}

/// <summary>Room for the 25 rows of section 三 on the stack, indexed by <see cref="ApplicationRow"/>.</summary>
[System.Runtime.CompilerServices.InlineArray(ReportFormat.ApplicationRowCount)]
internal struct ApplicationRowBuffer
{
    private ApplicantBreakdown _row;
}
