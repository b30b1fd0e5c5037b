using System.Collections.Immutable;
using System.Text;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Validation;

/// <summary>docs/rules.md is generated from the rule catalogue, with a broken example and its real message for each rule.</summary>
public class RulesDocumentationTests
{
    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        Assert.Equal(Rules.All.Length, Rules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(Rules.All, r => Assert.Matches("^GID[0-9]{3}$", r.Code));
        Assert.Equal(Rules.All.Select(r => r.Code).Order(StringComparer.Ordinal), Rules.All.Select(r => r.Code));
    }

    [Fact]
    public void Every_rule_has_a_broken_example()
    {
        Assert.Equal(Rules.All.Select(r => r.Code), Examples().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rules_md_is_generated_from_the_catalogue()
    {
        RepoFiles.AssertInSync("docs/rules.md", Generate());
    }

    internal static string Generate()
    {
        ImmutableSortedDictionary<string, (string Broken, Diagnostic Finding)> examples = Examples();
        var md = new StringBuilder();
        md.Append("# Rules\n\n")
          .Append("Every rule the library checks, generated from `GovInfoDisclosure.Core.Validation.Rules` by the test `RulesDocumentationTests` ")
          .Append("(run the tests once with `GIDR_UPDATE_DOCS=1` to regenerate). Findings are reported in this order, then in the document's order. ")
          .Append("The example messages are what the validator prints for the broken example.\n\n")
          .Append("| code | severity | scope | rule |\n|---|---|---|---|\n");
        foreach (RuleDescriptor rule in Rules.All)
        {
            md.Append($"| [{rule.Code}](#{rule.Code.ToLowerInvariant()}) | {Lower(rule.DefaultSeverity)} | {Lower(rule.Scope)} | {rule.TitleEn} / {rule.TitleZh} |\n");
        }

        foreach (RuleDescriptor rule in Rules.All)
        {
            (string broken, Diagnostic d) = examples[rule.Code];
            md.Append($"\n## {rule.Code}\n\n")
              .Append($"**{rule.TitleEn}** / **{rule.TitleZh}** — {Lower(rule.DefaultSeverity)}, {Lower(rule.Scope)}\n\n")
              .Append(rule.DescriptionEn).Append("\n\n")
              .Append(rule.DescriptionZh).Append("\n\n")
              .Append("Broken example: ").Append(broken).Append("\n\n")
              .Append("```text\n")
              .Append($"{d.Code} {Lower(d.Severity)} {d.Path}");
            if (d.Expected is { } e && d.Actual is { } a)
            {
                md.Append($" expected {e}, actual {a}");
            }

            md.Append('\n').Append(d.Message).Append('\n').Append(d.MessageZh).Append("\n```\n");
        }

        return md.ToString();
    }

    private static string Lower<T>(T value)
        where T : Enum => value.ToString().ToLowerInvariant();

    private static ImmutableSortedDictionary<string, (string Broken, Diagnostic Finding)> Examples()
    {
        var examples = ImmutableSortedDictionary.CreateBuilder<string, (string, Diagnostic)>(StringComparer.Ordinal);
        void Add(string code, string broken, AnnualReport report) =>
            examples[code] = (broken, ReportValidator.Default.Validate(report).Diagnostics.First(d => d.Code == code));

        AnnualReport valid = TestReports.Valid();
        Add("GID001", "the 自然人 cell of （七）总计 left empty (偃师区缙氏镇 2022).", TestReports.Sample(TestReports.Yanshi));
        Add("GID101", "（四）无法提供 · 1.本机关不掌握相关政府信息 has 自然人 1 and 总计 2.", TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2));
        Add("GID102", "（二）部分公开 has 4 applications from natural persons, （七）总计 is all 0 (灵丘县武灵镇 2022).", TestReports.Sample(TestReports.Linqiu));
        Add("GID103", "5 received, none carried over, 4 handled, 结转下年度 written as 0.", TestReports.ValidWith(ApplicationRow.CarriedForward, ApplicantColumn.Total, 0));
        Add("GID104", "行政复议 with 结果维持 1, 尚未审结 1 and 总计 1.", valid.ToBuilder().Cases(CaseBlock.Review, upheld: 1, pending: 1, total: 1).Build());
        Add("GID105", "行政规范性文件: 5 issued, 1 abolished, 3 in force.", valid.ToBuilder().NormativeDocuments(5, 1, 3).Build());
        Add("GID201", "一、总体情况 says 接到依申请公开事项1项; the table received 7 (涞源县 2022).", TestReports.Sample(TestReports.Laiyuan));
        Add("GID202", "the narrative says no review or lawsuit took place; 未经复议直接起诉 has 1 pending case.", valid.ToBuilder().Cases(CaseBlock.LitigationWithoutReview, pending: 1).Build());
        Add(
            "GID203",
            "涞源县人民政府's report on 2022 (no `kind` given: a government's, from the name) published on 2023-04-02; published on 2023-03-15 it would be on time, "
            + "while a town's report (某某镇人民政府) published on 2023-03-15 is late by 31 January.",
            valid.ToBuilder().ForAgency("涞源县人民政府").PublishedOn(new DateOnly(2023, 4, 2)).Build());
        Add("GID204", "a report on 2022 published on 2022-12-20.", valid.ToBuilder().PublishedOn(new DateOnly(2022, 12, 20)).Build());
        Add("GID205", "a report on 2020 in the 2021 edition.", valid.ToBuilder().ForYear(2020).PublishedOn(new DateOnly(2021, 1, 20)).Build());
        Add("GID206", "section 六 reads 无。 and no fee is given (灵丘县武灵镇 2022).", TestReports.Sample(TestReports.Linqiu));
        Add("GID207", "一、总体情况 of 1,236 characters (涞源县 2022).", TestReports.Sample(TestReports.Laiyuan));
        AnnualReport y2022 = valid.ToBuilder().Row(ApplicationRow.CarriedForward, naturalPerson: 1).Regulations(issued: 0, abolished: 0, inForce: 10).Build();
        AnnualReport y2023 = y2022.ToBuilder().ForYear(2023).PublishedOn(new DateOnly(2024, 1, 20)).Build();
        void AddSeries(string code, string broken, params AnnualReport[] reports) =>
            examples[code] = (broken, SeriesValidator.Default.Validate(new ReportSeries(reports)).SelectMany(r => r.Diagnostics).First(d => d.Code == code));
        AddSeries("GID301", "2022 carried 1 application forward (自然人); the 2023 report carried over none.", y2022, y2023);
        AddSeries("GID302", "规章: 10 in force in 2022; in 2023 2 issued, 1 abolished, 9 in force.", y2022, y2023.ToBuilder().Regulations(2, 1, 9).Build());
        AddSeries("GID303", "五、存在的主要问题及改进情况 of 2023 is the 2022 text with the year changed.", y2022, y2023);
        AddSeries("GID304", "reports on 2021 and 2023, none on 2022.", y2022.ToBuilder().ForYear(2021).PublishedOn(new DateOnly(2022, 1, 20)).Build(), y2023);
        AddSeries("GID305", "two reports on 2022.", y2022, y2022);
        AnnualReport y2019 = new AnnualReportBuilder(2019, "某县市场监督管理局").WithEdition(ReportEdition.Edition2019)
            .Set(DisclosureCell2019.LicensingPreviousYearItems, 120).Set(DisclosureCell2019.LicensingChange, -18).Build();
        AddSeries(
            "GID306", "行政许可 (2019 edition): 120 items in 2019 and a change of −18; the 2020 report gives 120 items of the previous year, not 102.",
            y2019, y2019.ToBuilder().ForYear(2020).Set(DisclosureCell2019.LicensingChange, 0).Build());
        AnnualReport county = ReportConsolidation.Consolidate([valid, valid], 2022, new Agency { Name = "某某县人民政府" }).Report;
        examples["GID401"] = (
            "a county's 一、本年新收 · 总计 written as 9 where its two parts add up to 10.",
            ConsolidationValidator.Default.Validate(county.ToBuilder().Set(ApplicationRow.Received, ApplicantColumn.Total, 9).Build(), [valid, valid]).Diagnostics[0]);
        foreach ((string code, string broken, Diagnostic finding) in Documents.ImportExamples.All())
        {
            examples[code] = (broken, finding);
        }

        return examples.ToImmutable();
    }
}
