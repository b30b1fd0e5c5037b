namespace GovInfoDisclosure.Core;

/// <summary>（三）不予公开 (not disclosed): the eight grounds for refusing disclosure.</summary>
public sealed record NotDisclosedOutcomes
{
    private readonly ApplicantBreakdown _stateSecret = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _prohibitedByLaw = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _securityOrStability = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _thirdPartyRights = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _internalAffairs = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _processInformation = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _enforcementCaseFile = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _administrativeQuery = ApplicantBreakdown.Blank;

    /// <summary>1.属于国家秘密.</summary>
    public required ApplicantBreakdown StateSecret { get => _stateSecret; init => _stateSecret = Cells.Required(value, nameof(StateSecret)); }

    /// <summary>2.其他法律行政法规禁止公开.</summary>
    public required ApplicantBreakdown ProhibitedByLaw { get => _prohibitedByLaw; init => _prohibitedByLaw = Cells.Required(value, nameof(ProhibitedByLaw)); }

    /// <summary>3.危及“三安全一稳定”.</summary>
    public required ApplicantBreakdown SecurityOrStability { get => _securityOrStability; init => _securityOrStability = Cells.Required(value, nameof(SecurityOrStability)); }

    /// <summary>4.保护第三方合法权益.</summary>
    public required ApplicantBreakdown ThirdPartyRights { get => _thirdPartyRights; init => _thirdPartyRights = Cells.Required(value, nameof(ThirdPartyRights)); }

    /// <summary>5.属于三类内部事务信息.</summary>
    public required ApplicantBreakdown InternalAffairs { get => _internalAffairs; init => _internalAffairs = Cells.Required(value, nameof(InternalAffairs)); }

    /// <summary>6.属于四类过程性信息.</summary>
    public required ApplicantBreakdown ProcessInformation { get => _processInformation; init => _processInformation = Cells.Required(value, nameof(ProcessInformation)); }

    /// <summary>7.属于行政执法案卷.</summary>
    public required ApplicantBreakdown EnforcementCaseFile { get => _enforcementCaseFile; init => _enforcementCaseFile = Cells.Required(value, nameof(EnforcementCaseFile)); }

    /// <summary>8.属于行政查询事项.</summary>
    public required ApplicantBreakdown AdministrativeQuery { get => _administrativeQuery; init => _administrativeQuery = Cells.Required(value, nameof(AdministrativeQuery)); }
}

/// <summary>（四）无法提供 (unable to provide).</summary>
public sealed record UnableToProvideOutcomes
{
    private readonly ApplicantBreakdown _notHeld = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _needsCreation = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _unclearAfterCorrection = ApplicantBreakdown.Blank;

    /// <summary>1.本机关不掌握相关政府信息.</summary>
    public required ApplicantBreakdown NotHeld { get => _notHeld; init => _notHeld = Cells.Required(value, nameof(NotHeld)); }

    /// <summary>2.没有现成信息需要另行制作.</summary>
    public required ApplicantBreakdown NeedsCreation { get => _needsCreation; init => _needsCreation = Cells.Required(value, nameof(NeedsCreation)); }

    /// <summary>3.补正后申请内容仍不明确.</summary>
    public required ApplicantBreakdown UnclearAfterCorrection { get => _unclearAfterCorrection; init => _unclearAfterCorrection = Cells.Required(value, nameof(UnclearAfterCorrection)); }
}

/// <summary>（五）不予处理 (not processed).</summary>
public sealed record NotProcessedOutcomes
{
    private readonly ApplicantBreakdown _complaint = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _duplicate = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _publication = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _excessive = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _confirmation = ApplicantBreakdown.Blank;

    /// <summary>1.信访举报投诉类申请.</summary>
    public required ApplicantBreakdown Complaint { get => _complaint; init => _complaint = Cells.Required(value, nameof(Complaint)); }

    /// <summary>2.重复申请.</summary>
    public required ApplicantBreakdown Duplicate { get => _duplicate; init => _duplicate = Cells.Required(value, nameof(Duplicate)); }

    /// <summary>3.要求提供公开出版物.</summary>
    public required ApplicantBreakdown Publication { get => _publication; init => _publication = Cells.Required(value, nameof(Publication)); }

    /// <summary>4.无正当理由大量反复申请.</summary>
    public required ApplicantBreakdown Excessive { get => _excessive; init => _excessive = Cells.Required(value, nameof(Excessive)); }

    /// <summary>5.要求行政机关确认或重新出具已获取信息.</summary>
    public required ApplicantBreakdown Confirmation { get => _confirmation; init => _confirmation = Cells.Required(value, nameof(Confirmation)); }
}

/// <summary>（六）其他处理 (other handling). A table printing （六） as a single row (older layout) fills <see cref="Other"/> and leaves the others blank.</summary>
public sealed record OtherHandlingOutcomes
{
    private readonly ApplicantBreakdown _noCorrection = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _feeUnpaid = ApplicantBreakdown.Blank;
    private readonly ApplicantBreakdown _other = ApplicantBreakdown.Blank;

    /// <summary>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请.</summary>
    public required ApplicantBreakdown NoCorrection { get => _noCorrection; init => _noCorrection = Cells.Required(value, nameof(NoCorrection)); }

    /// <summary>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请.</summary>
    public required ApplicantBreakdown FeeUnpaid { get => _feeUnpaid; init => _feeUnpaid = Cells.Required(value, nameof(FeeUnpaid)); }

    /// <summary>3.其他.</summary>
    public required ApplicantBreakdown Other { get => _other; init => _other = Cells.Required(value, nameof(Other)); }
}
