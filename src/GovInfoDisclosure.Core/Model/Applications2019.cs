using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>
/// Section 三 of the 2019 edition, 收到和处理政府信息公开申请情况: the rows of the 2021 edition except that （六）其他处理 is one
/// row without sub-items (23 rows, each an <see cref="ApplicantBreakdown"/>).
/// </summary>
public sealed record Applications2019
{
    private readonly ApplicantBreakdown _received = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _carriedOver = ApplicantBreakdown.Blank;
    private readonly Outcomes2019 _outcomes = null!;
    private readonly ApplicantBreakdown _carriedForward = ApplicantBreakdown.Blank;

    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    public required ApplicantBreakdown Received { get => _received; init => _received = Cells.Required(value, nameof(Received)); }

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    public required ApplicantBreakdown CarriedOver { get => _carriedOver; init => _carriedOver = Cells.Required(value, nameof(CarriedOver)); }

    /// <summary>三、本年度办理结果.</summary>
    public required Outcomes2019 Outcomes { get => _outcomes; init => _outcomes = Cells.Required(value, nameof(Outcomes)); }

    /// <summary>四、结转下年度继续办理.</summary>
    public required ApplicantBreakdown CarriedForward { get => _carriedForward; init => _carriedForward = Cells.Required(value, nameof(CarriedForward)); }

    /// <summary>The row of section 三 with the given catalogue id; <see cref="ApplicationRow.OtherHandling"/> is the single （六）其他处理.</summary>
    /// <param name="row">A row the 2019 edition prints (every row but <see cref="ApplicationRow.NoCorrection"/> and <see cref="ApplicationRow.FeeUnpaid"/>).</param>
    /// <returns>Its cells.</returns>
    public ApplicantBreakdown this[ApplicationRow row] => row switch
    {
        ApplicationRow.Received => _received,
        ApplicationRow.CarriedOver => _carriedOver,
        ApplicationRow.CarriedForward => _carriedForward,
        _ => _outcomes[row],
    };

    /// <summary>Copies the rows into <paramref name="rows"/> by <see cref="ApplicationRow"/>; the two rows this edition does not print stay <see langword="null"/>.</summary>
    internal void CopyRows(Span<ApplicantBreakdown> rows)
    {
        rows[(int)ApplicationRow.Received] = _received;
        rows[(int)ApplicationRow.CarriedOver] = _carriedOver;
        _outcomes.CopyRows(rows);
        rows[(int)ApplicationRow.CarriedForward] = _carriedForward;
    }
}

/// <summary>三、本年度办理结果 of the 2019 edition: （一）–（五） as in 2021, （六）其他处理 as one row, and （七）总计.</summary>
public sealed record Outcomes2019
{
    private readonly ApplicantBreakdown _disclosed = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _partiallyDisclosed = ApplicantBreakdown.Blank;
    private readonly NotDisclosedOutcomes _notDisclosed = null!;
    private readonly UnableToProvideOutcomes _unableToProvide = null!;
    private readonly NotProcessedOutcomes _notProcessed = null!;
    private readonly ApplicantBreakdown _otherHandling = ApplicantBreakdown.Blank;
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

    /// <summary>（六）其他处理, one row.</summary>
    public required ApplicantBreakdown OtherHandling { get => _otherHandling; init => _otherHandling = Cells.Required(value, nameof(OtherHandling)); }

    /// <summary>（七）总计, as published (never recomputed).</summary>
    public required ApplicantBreakdown Total { get => _total; init => _total = Cells.Required(value, nameof(Total)); }

    /// <summary>The outcome row with the given catalogue id.</summary>
    /// <param name="row">An outcome row the 2019 edition prints.</param>
    /// <returns>Its cells.</returns>
    public ApplicantBreakdown this[ApplicationRow row] => row switch
    {
        ApplicationRow.OtherHandling => _otherHandling,
        ApplicationRow.OutcomesTotal => _total,
        _ => SharedOutcomeRows.Get(row, _disclosed, _partiallyDisclosed, _notDisclosed, _unableToProvide, _notProcessed),
    };

    internal void CopyRows(Span<ApplicantBreakdown> rows)
    {
        SharedOutcomeRows.Copy(rows, _disclosed, _partiallyDisclosed, _notDisclosed, _unableToProvide, _notProcessed);
        rows[(int)ApplicationRow.OtherHandling] = _otherHandling;
        rows[(int)ApplicationRow.OutcomesTotal] = _total;
    }
}
