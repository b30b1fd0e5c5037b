using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Model;

/// <summary>Whose report it is, inferred from real agency names of every level, and the deadline that follows.</summary>
public class ReportKindsTests
{
    [Theory]

    // Provinces, autonomous regions, prefecture-level cities and prefectures, leagues.
    [InlineData("河北省人民政府", "省人民政府")]
    [InlineData("河北省", "省")]
    [InlineData("广西壮族自治区人民政府", "自治区人民政府")]
    [InlineData("保定市人民政府", "市人民政府")]
    [InlineData("淮安市", "市")]
    [InlineData("延边朝鲜族自治州", "自治州")]
    [InlineData("延边朝鲜族自治州人民政府", "自治州人民政府")]
    [InlineData("锡林郭勒盟", "盟")]

    // Counties, banners, districts, with or without 人民政府 (or a bare 政府).
    [InlineData("涞源县人民政府", "县人民政府")]
    [InlineData("涞源县政府", "县政府")]
    [InlineData("涞源县", "县")]
    [InlineData("鄂温克族自治旗", "自治旗")]
    [InlineData("海淀区人民政府", "区人民政府")]
    [InlineData("北京市海淀区人民政府", "区人民政府")]
    [InlineData("偃师区", "区")]

    // New areas and experimental zones named as areas.
    [InlineData("雄安新区", "新区")]
    [InlineData("西咸新区", "新区")]
    [InlineData("平潭综合实验区", "实验区")]
    [InlineData("保定国家高新技术产业开发区", "开发区")]
    public void A_county_level_or_above_government_is_inferred_as_government(string name, string ending)
    {
        Assert.Equal(new ReportKindReason(ReportKind.Government, ReportKindBasis.NameEnding, ending), ReportKinds.Infer(name));
    }

    [Theory]

    // Ministries' and governments' offices, departments, bureaus, commissions, centres.
    [InlineData("国务院办公厅", "办公厅")]
    [InlineData("教育部办公厅", "办公厅")]
    [InlineData("教育部", "部")]
    [InlineData("国务院", "院")]
    [InlineData("自然资源厅", "厅")]
    [InlineData("河北省自然资源厅", "厅")]
    [InlineData("涞源县财政局", "局")]
    [InlineData("某市公安局某区分局", "局")]
    [InlineData("河北省发展和改革委员会", "委员会")]
    [InlineData("经济技术开发区管委会", "管委会")]
    [InlineData("平潭综合实验区管理委员会", "委员会")]
    [InlineData("北京市海淀区人民政府办公室", "办公室")]
    [InlineData("涞源县人民政府办公室", "办公室")]
    [InlineData("市政务服务中心", "中心")]
    [InlineData("某某街道某某社区", "社区")]

    // Towns, townships and sub-districts, with or without 人民政府 or 办事处, even inside a county's name.
    [InlineData("武灵镇人民政府", "镇人民政府")]
    [InlineData("灵丘县武灵镇人民政府", "镇人民政府")]
    [InlineData("偃师区缙氏镇人民政府", "镇人民政府")]
    [InlineData("某某乡人民政府", "乡人民政府")]
    [InlineData("某某乡", "乡")]
    [InlineData("金石街道办事处", "街道办事处")]
    [InlineData("西咸新区底张街道", "街道")]
    [InlineData("某某苏木", "苏木")]
    [InlineData("涞源县人民政府驻北京办事处", "办事处")]
    public void A_department_office_town_or_sub_district_is_inferred_as_agency(string name, string ending)
    {
        Assert.Equal(new ReportKindReason(ReportKind.Agency, ReportKindBasis.NameEnding, ending), ReportKinds.Infer(name));
    }

    [Theory]
    [InlineData("中国人民银行")]
    [InlineData("某某有限公司")]
    [InlineData("人民政府")]
    [InlineData("县")]
    public void A_name_that_does_not_say_is_inferred_as_agency_by_default(string name)
    {
        Assert.Equal(new ReportKindReason(ReportKind.Agency, ReportKindBasis.Unsure, null), ReportKinds.Infer(name));
    }

    [Fact]
    public void Spaces_around_the_name_do_not_change_the_inference()
    {
        Assert.Equal(ReportKinds.Infer("涞源县人民政府"), ReportKinds.Infer("  涞源县人民政府\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_name_is_a_programming_error(string? name)
    {
        Assert.ThrowsAny<ArgumentException>(() => ReportKinds.Infer(name!));
    }

    [Fact]
    public void A_given_kind_overrides_the_inference_both_ways()
    {
        AnnualReport county = TestReports.ValidBuilder().ForAgency("涞源县人民政府").Build();
        AnnualReport town = TestReports.ValidBuilder().ForAgency("武灵镇人民政府").Build();

        Assert.Equal(ReportKind.Government, ReportKinds.Of(county).Kind);
        Assert.Equal(ReportKindBasis.NameEnding, ReportKinds.Of(county).Basis);
        Assert.Equal(new ReportKindReason(ReportKind.Agency, ReportKindBasis.Given, null), ReportKinds.Of(county with { Kind = ReportKind.Agency }));
        Assert.Equal(ReportKind.Agency, ReportKinds.Of(town).Kind);
        Assert.Equal(new ReportKindReason(ReportKind.Government, ReportKindBasis.Given, null), ReportKinds.Of(town with { Kind = ReportKind.Government }));
    }

    [Theory]
    [InlineData(ReportKind.Agency, 2022, "2023-01-31")]
    [InlineData(ReportKind.Government, 2022, "2023-03-31")]
    [InlineData(ReportKind.Government, 2023, "2024-03-31")]
    public void The_deadline_is_31_January_for_an_agency_and_31_March_for_a_government(ReportKind kind, int year, string deadline)
    {
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), ReportKinds.Deadline(kind, year));
    }

    [Fact]
    public void The_description_names_the_deadline_and_why_in_both_languages()
    {
        ReportKindReason county = ReportKinds.Infer("涞源县人民政府");
        ReportKindReason given = new(ReportKind.Agency, ReportKindBasis.Given, null);
        ReportKindReason unsure = ReportKinds.Infer("中国人民银行");

        Assert.Equal(
            "a local government's report on its whole area (本级政府年度报告) is due by 31 March of the following year (kind inferred from the agency's name ending in 县人民政府)",
            county.Describe(MessageLanguage.English));
        Assert.Equal("本级政府年度报告应于次年3月31日前发布（报告类型按机关名称以“县人民政府”结尾推断）", county.Describe(MessageLanguage.Chinese));
        Assert.Contains("31 January", given.Describe(MessageLanguage.English));
        Assert.Contains("kind given in the document", given.Describe(MessageLanguage.English));
        Assert.Contains("报告类型由文档给出", given.Describe(MessageLanguage.Chinese));
        Assert.Contains("does not show a government at county level or above", unsure.Describe(MessageLanguage.English));
    }
}
