using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core;

/// <summary>How a report's kind was decided.</summary>
public enum ReportKindBasis
{
    /// <summary>The document gives it (<c>kind</c>).</summary>
    Given,

    /// <summary>Inferred from the ending of the agency's name (<c>…县人民政府</c>, <c>…局</c>, <c>…镇</c>).</summary>
    NameEnding,

    /// <summary>Inferred by default: the agency's name does not show a county-level-or-above government, so an agency's own report.</summary>
    Unsure,
}

/// <summary>A report's kind and why: given by the document, or inferred from the agency's name (and from which ending).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Basis">How it was decided.</param>
/// <param name="Ending">
/// Where <see cref="Basis"/> is <see cref="ReportKindBasis.NameEnding"/>, the ending of the name that decided it
/// (<c>县人民政府</c>, <c>镇人民政府</c>, <c>局</c>, <c>新区</c>); otherwise <see langword="null"/>.
/// </param>
public readonly record struct ReportKindReason(ReportKind Kind, ReportKindBasis Basis, string? Ending)
{
    /// <summary>
    /// The kind, its deadline and why, for messages: <c>a local government's report on its whole area (本级政府年度报告) is due
    /// by 31 March of the following year (kind inferred from the agency's name ending in 县人民政府)</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    public string Describe(MessageLanguage language)
    {
        bool zh = language == MessageLanguage.Chinese;
        string what = (Kind, zh) switch
        {
            (ReportKind.Government, false) => "a local government's report on its whole area (本级政府年度报告) is due by 31 March of the following year",
            (ReportKind.Government, true) => "本级政府年度报告应于次年3月31日前发布",
            (_, false) => "an administrative body's own report is due by 31 January of the following year",
            (_, true) => "本机关年度报告应于次年1月31日前发布",
        };
        string why = (Basis, zh) switch
        {
            (ReportKindBasis.Given, false) => " (kind given in the document)",
            (ReportKindBasis.Given, true) => "（报告类型由文档给出）",
            (ReportKindBasis.NameEnding, false) => $" (kind inferred from the agency's name ending in {Ending})",
            (ReportKindBasis.NameEnding, true) => $"（报告类型按机关名称以“{Ending}”结尾推断）",
            (_, false) => " (kind inferred: the agency's name does not show a government at county level or above)",
            (_, true) => "（机关名称不能表明为县级以上地方人民政府，按本机关年度报告）",
        };
        return what + why;
    }
}

/// <summary>
/// Whose report it is: the kind a report gives, or the one inferred from the agency's name, and the statutory deadline
/// that follows (条例 第四十九条: 31 January for an agency's own report, 31 March for a local government's report on its area).
/// </summary>
/// <remarks>
/// <para>
/// <b>The inference</b> (docs/report-format.md, GID203) reads the end of the agency's name. A trailing 人民政府, 政府 or
/// 办事处 is set aside first, then:
/// </para>
/// <list type="number">
/// <item><description>a name that ends (with nothing set aside) like a department or office — 办公室, 办公厅, 委员会, 管委会,
/// 中心, 厅, 局, 委, 办, 处, 所, 站, 院, 部, 署, 队, 社区 — is an <see cref="ReportKind.Agency"/> (国务院办公厅, 涞源县财政局,
/// 河北省发展和改革委员会, 经济技术开发区管委会, 北京市海淀区人民政府办公室);</description></item>
/// <item><description>a 乡, 镇, 街道 or 苏木 (with or without 人民政府 or 办事处) is an agency (武灵镇人民政府,
/// 灵丘县武灵镇人民政府, 金石街道办事处); a name ending in 办事处 otherwise is an office, an agency;</description></item>
/// <item><description>a name ending in 新区, 实验区, 开发区 (an area named as such), 自治区, 省, 市, 州, 盟, 县, 旗 or 区, with
/// or without 人民政府, is a <see cref="ReportKind.Government"/> (河北省人民政府, 延边朝鲜族自治州, 锡林郭勒盟,
/// 涞源县人民政府, 雄安新区, 平潭综合实验区);</description></item>
/// <item><description>anything else is an agency (when unsure, the earlier deadline).</description></item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// ReportKindReason r = ReportKinds.Infer("灵丘县武灵镇人民政府"); // Agency, NameEnding, "镇人民政府"
/// DateOnly due = ReportKinds.Deadline(ReportKinds.Of(report).Kind, report.Year);
/// </code>
/// </example>
public static class ReportKinds
{
    // The parts of a name set aside before its ending is read, longest first; "" is none.
    private static readonly string[] Tails = [string.Empty, "人民政府", "政府", "办事处"];

    // Endings of a department or office, read only where nothing was set aside.
    private static readonly string[] DepartmentEndings =
        ["办公室", "办公厅", "委员会", "管委会", "中心", "社区", "厅", "局", "委", "办", "处", "所", "站", "院", "部", "署", "队"];

    // Townships and sub-districts: agencies, with or without 人民政府 or 办事处.
    private static readonly string[] TownshipEndings = ["街道", "苏木", "乡", "镇"];

    // A county-level-or-above area, with or without 人民政府; the longer endings first (自治区 before 区).
    private static readonly string[] AreaEndings =
        ["新区", "实验区", "开发区", "自治区", "自治州", "自治县", "自治旗", "省", "市", "州", "盟", "县", "旗", "区"];

    // Each ending with each tail, made once, so that an inference allocates nothing.
    private static readonly string[][] TownshipNames = WithTails(TownshipEndings);
    private static readonly string[][] AreaNames = WithTails(AreaEndings);

    /// <summary>Infers a report's kind from the agency's name (see the remarks for the rule).</summary>
    /// <param name="agencyName">The agency's name as published (<c>涞源县人民政府</c>).</param>
    /// <returns>The kind, with <see cref="ReportKindBasis.NameEnding"/> and the ending that decided, or <see cref="ReportKindBasis.Unsure"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="agencyName"/> is null or white space.</exception>
    public static ReportKindReason Infer(string agencyName)
    {
        ReadOnlySpan<char> name = Guard.Against.NullOrWhiteSpace(agencyName, nameof(agencyName)).AsSpan().Trim();
        int tail = 0;
        for (int t = 1; t < Tails.Length; t++)
        {
            if (name.Length > Tails[t].Length && name.EndsWith(Tails[t], StringComparison.Ordinal))
            {
                tail = t;
                break;
            }
        }

        ReadOnlySpan<char> core = name[..^Tails[tail].Length];
        if (tail == 0 && EndingOf(core, DepartmentEndings) is >= 0 and var department)
        {
            return new(ReportKind.Agency, ReportKindBasis.NameEnding, DepartmentEndings[department]);
        }

        if (EndingOf(core, TownshipEndings) is >= 0 and var township)
        {
            return new(ReportKind.Agency, ReportKindBasis.NameEnding, TownshipNames[tail][township]);
        }

        if (Tails[tail] == "办事处")
        {
            return new(ReportKind.Agency, ReportKindBasis.NameEnding, Tails[tail]);
        }

        if (EndingOf(core, AreaEndings) is >= 0 and var area)
        {
            return new(ReportKind.Government, ReportKindBasis.NameEnding, AreaNames[tail][area]);
        }

        return new(ReportKind.Agency, ReportKindBasis.Unsure, null);
    }

    /// <summary>The kind of a report: the one it gives (<see cref="AnnualReport.Kind"/>), else the one inferred from its agency's name.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The kind and why.</returns>
    public static ReportKindReason Of(AnnualReport report)
    {
        Guard.Against.Null(report, nameof(report));
        return report.Kind is { } kind ? new(kind, ReportKindBasis.Given, null) : Infer(report.Agency.Name);
    }

    /// <summary>The statutory deadline of a report of the given kind on the given year (条例 第四十九条).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="year">The reported year.</param>
    /// <returns>31 January of <paramref name="year"/> + 1 for an agency's own report, 31 March for a government's.</returns>
    public static DateOnly Deadline(ReportKind kind, int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), AnnualReport.MinYear, AnnualReport.MaxYear);
        return kind switch
        {
            ReportKind.Agency => new DateOnly(year + 1, 1, 31),
            ReportKind.Government => new DateOnly(year + 1, 3, 31),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of report."),
        };
    }

    private static int EndingOf(ReadOnlySpan<char> core, string[] endings)
    {
        for (int e = 0; e < endings.Length; e++)
        {
            if (core.Length > endings[e].Length && core.EndsWith(endings[e], StringComparison.Ordinal))
            {
                return e;
            }
        }

        return -1;
    }

    private static string[][] WithTails(string[] endings) => [.. Tails.Select(tail => endings.Select(e => e + tail).ToArray())];
}
