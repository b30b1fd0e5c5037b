using FluentValidation;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// The reconciliation rules GID101–GID105 written with FluentValidation 12 the way a typical .NET team would write
/// them: an <see cref="AbstractValidator{T}"/> with one <c>RuleFor(…).Must(…)</c> per row and per column, error codes
/// and messages. It is the comparison point of <see cref="ValidationBenchmarks"/>, not part of the library.
/// </summary>
/// <remarks>
/// Like the library, a sum is checked only when all of its cells are filled (a blank is not a zero), and sums are
/// added in 64 bits.
/// </remarks>
public class FluentReportValidator : AbstractValidator<AnnualReport>
{
    public FluentReportValidator()
    {
        // GID101: in every row of section 三, 总计 = the six applicant columns.
        RowTotal(r => r.Applications.Received, "一、本年新收政府信息公开申请数量");
        RowTotal(r => r.Applications.CarriedOver, "二、上年结转政府信息公开申请数量");
        RowTotal(r => r.Applications.Outcomes.Disclosed, "（一）予以公开");
        RowTotal(r => r.Applications.Outcomes.PartiallyDisclosed, "（二）部分公开");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.StateSecret, "（三）不予公开 · 1.属于国家秘密");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.ProhibitedByLaw, "（三）不予公开 · 2.其他法律行政法规禁止公开");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.SecurityOrStability, "（三）不予公开 · 3.危及“三安全一稳定”");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.ThirdPartyRights, "（三）不予公开 · 4.保护第三方合法权益");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.InternalAffairs, "（三）不予公开 · 5.属于三类内部事务信息");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.ProcessInformation, "（三）不予公开 · 6.属于四类过程性信息");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.EnforcementCaseFile, "（三）不予公开 · 7.属于行政执法案卷");
        RowTotal(r => r.Applications.Outcomes.NotDisclosed.AdministrativeQuery, "（三）不予公开 · 8.属于行政查询事项");
        RowTotal(r => r.Applications.Outcomes.UnableToProvide.NotHeld, "（四）无法提供 · 1.本机关不掌握相关政府信息");
        RowTotal(r => r.Applications.Outcomes.UnableToProvide.NeedsCreation, "（四）无法提供 · 2.没有现成信息需要另行制作");
        RowTotal(r => r.Applications.Outcomes.UnableToProvide.UnclearAfterCorrection, "（四）无法提供 · 3.补正后申请内容仍不明确");
        RowTotal(r => r.Applications.Outcomes.NotProcessed.Complaint, "（五）不予处理 · 1.信访举报投诉类申请");
        RowTotal(r => r.Applications.Outcomes.NotProcessed.Duplicate, "（五）不予处理 · 2.重复申请");
        RowTotal(r => r.Applications.Outcomes.NotProcessed.Publication, "（五）不予处理 · 3.要求提供公开出版物");
        RowTotal(r => r.Applications.Outcomes.NotProcessed.Excessive, "（五）不予处理 · 4.无正当理由大量反复申请");
        RowTotal(r => r.Applications.Outcomes.NotProcessed.Confirmation, "（五）不予处理 · 5.要求行政机关确认或重新出具已获取信息");
        RowTotal(r => r.Applications.Outcomes.OtherHandling.NoCorrection, "（六）其他处理 · 1.申请人无正当理由逾期不补正");
        RowTotal(r => r.Applications.Outcomes.OtherHandling.FeeUnpaid, "（六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用");
        RowTotal(r => r.Applications.Outcomes.OtherHandling.Other, "（六）其他处理 · 3.其他");
        RowTotal(r => r.Applications.Outcomes.Total, "（七）总计");
        RowTotal(r => r.Applications.CarriedForward, "四、结转下年度继续办理");

        // GID102 and GID103, per column (the 总计 column too).
        Column(b => b.NaturalPerson, "自然人");
        Column(b => b.CommercialEnterprise, "商业企业");
        Column(b => b.ResearchInstitution, "科研机构");
        Column(b => b.PublicInterestOrganization, "社会公益组织");
        Column(b => b.LegalServiceProvider, "法律服务机构");
        Column(b => b.OtherOrganization, "其他");
        Column(b => b.Total, "总计");

        // GID104: in each block of section 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
        RuleFor(r => r.ReviewAndLitigation.Review).SetValidator(new CaseOutcomesValidator("行政复议"));
        RuleFor(r => r.ReviewAndLitigation.LitigationWithoutReview).SetValidator(new CaseOutcomesValidator("行政诉讼 · 未经复议直接起诉"));
        RuleFor(r => r.ReviewAndLitigation.LitigationAfterReview).SetValidator(new CaseOutcomesValidator("行政诉讼 · 复议后起诉"));

        // GID105: 现行有效件数 ≥ 本年制发件数 − 本年废止件数.
        RuleFor(r => r.ProactiveDisclosure.Regulations).SetValidator(new DocumentCountsValidator("规章"));
        RuleFor(r => r.ProactiveDisclosure.NormativeDocuments).SetValidator(new DocumentCountsValidator("行政规范性文件"));
    }

    private void RowTotal(System.Linq.Expressions.Expression<Func<AnnualReport, ApplicantBreakdown>> row, string label) =>
        RuleFor(row)
            .Must(RowAddsUp)
            .WithErrorCode("GID101")
            .WithMessage((_, b) => $"{label}：总计{b.Total}不等于各类申请人之和{RowSum(b)}。");

    private void Column(Func<ApplicantBreakdown, int?> column, string label)
    {
        RuleFor(r => r.Applications.Outcomes)
            .Must(o => OutcomesAddUp(o, column))
            .WithErrorCode("GID102")
            .WithMessage((_, o) => $"{label}列：（七）总计{column(o.Total)}不等于各办理结果之和{OutcomeSum(o, column)}。");

        RuleFor(r => r.Applications)
            .Must(a => Balances(a, column))
            .WithErrorCode("GID103")
            .WithMessage((_, a) =>
                $"{label}列：本年新收{column(a.Received)}＋上年结转{column(a.CarriedOver)}不等于办理结果总计{column(a.Outcomes.Total)}＋结转下年度{column(a.CarriedForward)}。");
    }

    private static bool RowAddsUp(ApplicantBreakdown b) =>
        b.HasBlank || RowSum(b) == b.Total;

    private static long? RowSum(ApplicantBreakdown b) =>
        (long?)b.NaturalPerson + b.CommercialEnterprise + b.ResearchInstitution + b.PublicInterestOrganization + b.LegalServiceProvider
        + b.OtherOrganization;

    private static bool OutcomesAddUp(Outcomes o, Func<ApplicantBreakdown, int?> column)
    {
        int? total = column(o.Total);
        long? sum = OutcomeSum(o, column);
        return total is null || sum is null || sum == total;
    }

    private static long? OutcomeSum(Outcomes o, Func<ApplicantBreakdown, int?> column) =>
        (long?)column(o.Disclosed) + column(o.PartiallyDisclosed)
        + column(o.NotDisclosed.StateSecret) + column(o.NotDisclosed.ProhibitedByLaw) + column(o.NotDisclosed.SecurityOrStability)
        + column(o.NotDisclosed.ThirdPartyRights) + column(o.NotDisclosed.InternalAffairs) + column(o.NotDisclosed.ProcessInformation)
        + column(o.NotDisclosed.EnforcementCaseFile) + column(o.NotDisclosed.AdministrativeQuery)
        + column(o.UnableToProvide.NotHeld) + column(o.UnableToProvide.NeedsCreation) + column(o.UnableToProvide.UnclearAfterCorrection)
        + column(o.NotProcessed.Complaint) + column(o.NotProcessed.Duplicate) + column(o.NotProcessed.Publication)
        + column(o.NotProcessed.Excessive) + column(o.NotProcessed.Confirmation)
        + column(o.OtherHandling.NoCorrection) + column(o.OtherHandling.FeeUnpaid) + column(o.OtherHandling.Other);

    private static bool Balances(Applications a, Func<ApplicantBreakdown, int?> column)
    {
        long? left = (long?)column(a.Received) + column(a.CarriedOver);
        long? right = (long?)column(a.Outcomes.Total) + column(a.CarriedForward);
        return left is null || right is null || left == right;
    }

    private sealed class CaseOutcomesValidator : AbstractValidator<CaseOutcomes>
    {
        public CaseOutcomesValidator(string block)
        {
            RuleFor(c => c.Total)
                .Must((c, total) => Sum(c) is not { } sum || total is null || sum == total)
                .WithErrorCode("GID104")
                .WithMessage((c, total) => $"{block}：总计{total}不等于结果维持、结果纠正、其他结果、尚未审结之和{Sum(c)}。");
        }

        private static long? Sum(CaseOutcomes c) => (long?)c.Upheld + c.Corrected + c.Other + c.Pending;
    }

    private sealed class DocumentCountsValidator : AbstractValidator<DocumentCounts>
    {
        public DocumentCountsValidator(string row)
        {
            RuleFor(d => d.InForce)
                .Must((d, inForce) => d.Issued is null || d.Abolished is null || inForce is null || inForce >= (long)d.Issued - d.Abolished)
                .WithErrorCode("GID105")
                .WithMessage((d, inForce) => $"{row}：现行有效件数{inForce}少于本年制发{d.Issued}减本年废止{d.Abolished}。");
        }
    }
}
