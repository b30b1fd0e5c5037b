namespace GovInfoDisclosure.Core.Format;

/// <summary>The editions of the national report format.</summary>
public enum ReportEdition
{
    /// <summary>The 2021 edition (国办公开办函〔2021〕30号), used for reports on 2021 and later; JSON value <c>"2021"</c>.</summary>
    Edition2021 = 2021,

    /// <summary>
    /// The 2019 edition (国办公开办函〔2019〕60号, 格式（试行）), used for reports on 2019 and 2020 and kept by some agencies
    /// after; JSON value <c>"2019"</c>. Its section 二 has eight rows of other cells (<see cref="DisclosureCell2019"/>)
    /// and its （六）其他处理 is a single row.
    /// </summary>
    Edition2019 = 2019,
}

/// <summary>The unit printed beside the 2019 edition's 政府集中采购 · 采购总金额 (document key <c>amountUnit</c>).</summary>
public enum MoneyUnit
{
    /// <summary>元; JSON value <c>"元"</c>.</summary>
    Yuan,

    /// <summary>万元 (ten thousand yuan); JSON value <c>"万元"</c>.</summary>
    TenThousandYuan,
}

/// <summary>
/// Whose report it is (document key <c>kind</c>), which decides its statutory deadline (条例 第四十九条, rule GID203).
/// A report that does not say is of the kind <see cref="ReportKinds.Infer"/> reads from the agency's name.
/// </summary>
public enum ReportKind
{
    /// <summary>
    /// An administrative body's own report (a department, a 乡镇 or 街道 government, an office), due by 31 January of the
    /// following year; JSON value <c>"agency"</c>.
    /// </summary>
    Agency,

    /// <summary>
    /// The report of a local government at county level or above on its whole area (本级政府年度报告, compiled by its
    /// information-disclosure office), due by 31 March of the following year; JSON value <c>"government"</c>.
    /// </summary>
    Government,
}

/// <summary>The seven columns of every row of section 三 (申请人情况).</summary>
public enum ApplicantColumn
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或其他组织 · 商业企业.</summary>
    CommercialEnterprise,

    /// <summary>法人或其他组织 · 科研机构.</summary>
    ResearchInstitution,

    /// <summary>法人或其他组织 · 社会公益组织.</summary>
    PublicInterestOrganization,

    /// <summary>法人或其他组织 · 法律服务机构.</summary>
    LegalServiceProvider,

    /// <summary>法人或其他组织 · 其他.</summary>
    OtherOrganization,

    /// <summary>总计.</summary>
    Total,
}

/// <summary>The 25 rows of section 三, in printed order.</summary>
public enum ApplicationRow
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    Received,

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOver,

    /// <summary>（一）予以公开.</summary>
    Disclosed,

    /// <summary>（二）部分公开.</summary>
    PartiallyDisclosed,

    /// <summary>（三）不予公开 · 1.属于国家秘密.</summary>
    StateSecret,

    /// <summary>（三）不予公开 · 2.其他法律行政法规禁止公开.</summary>
    ProhibitedByLaw,

    /// <summary>（三）不予公开 · 3.危及“三安全一稳定”.</summary>
    SecurityOrStability,

    /// <summary>（三）不予公开 · 4.保护第三方合法权益.</summary>
    ThirdPartyRights,

    /// <summary>（三）不予公开 · 5.属于三类内部事务信息.</summary>
    InternalAffairs,

    /// <summary>（三）不予公开 · 6.属于四类过程性信息.</summary>
    ProcessInformation,

    /// <summary>（三）不予公开 · 7.属于行政执法案卷.</summary>
    EnforcementCaseFile,

    /// <summary>（三）不予公开 · 8.属于行政查询事项.</summary>
    AdministrativeQuery,

    /// <summary>（四）无法提供 · 1.本机关不掌握相关政府信息.</summary>
    NotHeld,

    /// <summary>（四）无法提供 · 2.没有现成信息需要另行制作.</summary>
    NeedsCreation,

    /// <summary>（四）无法提供 · 3.补正后申请内容仍不明确.</summary>
    UnclearAfterCorrection,

    /// <summary>（五）不予处理 · 1.信访举报投诉类申请.</summary>
    Complaint,

    /// <summary>（五）不予处理 · 2.重复申请.</summary>
    Duplicate,

    /// <summary>（五）不予处理 · 3.要求提供公开出版物.</summary>
    Publication,

    /// <summary>（五）不予处理 · 4.无正当理由大量反复申请.</summary>
    Excessive,

    /// <summary>（五）不予处理 · 5.要求行政机关确认或重新出具已获取信息.</summary>
    Confirmation,

    /// <summary>（六）其他处理 · 1.申请人无正当理由逾期不补正.</summary>
    NoCorrection,

    /// <summary>（六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用.</summary>
    FeeUnpaid,

    /// <summary>（六）其他处理 · 3.其他.</summary>
    OtherHandling,

    /// <summary>（七）总计.</summary>
    OutcomesTotal,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}

/// <summary>The three blocks of section 四.</summary>
public enum CaseBlock
{
    /// <summary>行政复议.</summary>
    Review,

    /// <summary>行政诉讼 · 未经复议直接起诉.</summary>
    LitigationWithoutReview,

    /// <summary>行政诉讼 · 复议后起诉.</summary>
    LitigationAfterReview,
}

/// <summary>The five columns of each block of section 四.</summary>
public enum CaseColumn
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,

    /// <summary>尚未审结.</summary>
    Pending,

    /// <summary>总计.</summary>
    Total,
}

/// <summary>Every cell of section 二 (主动公开政府信息情况).</summary>
public enum DisclosureCell
{
    /// <summary>规章 · 本年制发件数.</summary>
    RegulationsIssued,

    /// <summary>规章 · 本年废止件数.</summary>
    RegulationsAbolished,

    /// <summary>规章 · 现行有效件数.</summary>
    RegulationsInForce,

    /// <summary>行政规范性文件 · 本年制发件数.</summary>
    NormativeDocumentsIssued,

    /// <summary>行政规范性文件 · 本年废止件数.</summary>
    NormativeDocumentsAbolished,

    /// <summary>行政规范性文件 · 现行有效件数.</summary>
    NormativeDocumentsInForce,

    /// <summary>行政许可 · 本年处理决定数量.</summary>
    LicensingDecisions,

    /// <summary>行政处罚 · 本年处理决定数量.</summary>
    PenaltiesDecisions,

    /// <summary>行政强制 · 本年处理决定数量.</summary>
    CompulsoryMeasuresDecisions,

    /// <summary>行政事业性收费 · 本年收费金额（万元）; the only decimal cell.</summary>
    FeesAmount,
}

/// <summary>Every number cell of section 二 in the 2019 edition (主动公开政府信息情况, 第二十条第（一）（五）（六）（八）（九）项).</summary>
public enum DisclosureCell2019
{
    /// <summary>规章 · 本年新制作数量.</summary>
    RegulationsMade,

    /// <summary>规章 · 本年新公开数量.</summary>
    RegulationsPublished,

    /// <summary>规章 · 对外公开总数量.</summary>
    RegulationsPublishedTotal,

    /// <summary>规范性文件 · 本年新制作数量.</summary>
    NormativeDocumentsMade,

    /// <summary>规范性文件 · 本年新公开数量.</summary>
    NormativeDocumentsPublished,

    /// <summary>规范性文件 · 对外公开总数量.</summary>
    NormativeDocumentsPublishedTotal,

    /// <summary>行政许可 · 上一年项目数量.</summary>
    LicensingPreviousYearItems,

    /// <summary>行政许可 · 本年增/减 (signed).</summary>
    LicensingChange,

    /// <summary>行政许可 · 处理决定数量.</summary>
    LicensingDecisions,

    /// <summary>其他对外管理服务事项 · 上一年项目数量.</summary>
    OtherServicesPreviousYearItems,

    /// <summary>其他对外管理服务事项 · 本年增/减 (signed).</summary>
    OtherServicesChange,

    /// <summary>其他对外管理服务事项 · 处理决定数量.</summary>
    OtherServicesDecisions,

    /// <summary>行政处罚 · 上一年项目数量.</summary>
    PenaltiesPreviousYearItems,

    /// <summary>行政处罚 · 本年增/减 (signed).</summary>
    PenaltiesChange,

    /// <summary>行政处罚 · 处理决定数量.</summary>
    PenaltiesDecisions,

    /// <summary>行政强制 · 上一年项目数量.</summary>
    CompulsoryMeasuresPreviousYearItems,

    /// <summary>行政强制 · 本年增/减 (signed).</summary>
    CompulsoryMeasuresChange,

    /// <summary>行政强制 · 处理决定数量.</summary>
    CompulsoryMeasuresDecisions,

    /// <summary>行政事业性收费 · 上一年项目数量.</summary>
    FeesPreviousYearItems,

    /// <summary>行政事业性收费 · 本年增/减 (signed).</summary>
    FeesChange,

    /// <summary>政府集中采购 · 采购项目数量.</summary>
    ProcurementProjects,

    /// <summary>政府集中采购 · 采购总金额 (a decimal, in the unit <see cref="ProcurementTotals.AmountUnit"/> names).</summary>
    ProcurementAmount,
}
