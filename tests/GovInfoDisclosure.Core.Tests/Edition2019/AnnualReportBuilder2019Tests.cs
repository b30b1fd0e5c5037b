using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>The builder makes 2019-edition reports valid by construction and refuses cells of the other edition.</summary>
public class AnnualReportBuilder2019Tests
{
    [Fact]
    public void A_2019_report_from_the_builder_fills_every_cell_and_is_valid()
    {
        AnnualReport report = new AnnualReportBuilder(2019, "某镇人民政府").WithEdition(ReportEdition.Edition2019)
            .Set(DisclosureCell2019.RegulationsPublished, 2)
            .Row(ApplicationRow.OtherHandling, naturalPerson: 2)
            .Received(naturalPerson: 2)
            .Build();

        ProactiveDisclosure2019 d = report.ProactiveDisclosure2019!;
        Assert.Equal(0, d.Regulations.Made);
        Assert.Equal(2, d.Regulations.PublishedTotal); // at least what was published this year
        Assert.Equal(0, d.Procurement.Amount);
        Assert.Null(d.Procurement.AmountUnit);
        Assert.Equal(2, report.Applications2019!.Outcomes.Total.Total);
        Assert.Equal(0, report.Applications2019.CarriedForward.Total);
        Assert.Empty(ReportValidator.Default.Validate(report).Diagnostics);
    }

    [Fact]
    public void A_negative_change_is_kept_and_a_negative_count_refused_naming_the_cell()
    {
        AnnualReportBuilder builder = new AnnualReportBuilder(2020, "某局").WithEdition(ReportEdition.Edition2019);

        Assert.Equal(-18, builder.Set(DisclosureCell2019.PenaltiesChange, -18).Build().ProactiveDisclosure2019!.Penalties.Change);
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => builder.Set(DisclosureCell2019.PenaltiesDecisions, -1));
        Assert.Equal("/proactiveDisclosure/penalties/decisions", e.ParamName);
        Assert.ThrowsAny<ArgumentException>(() => builder.Set(DisclosureCell2019.LicensingChange, 1.5m));
    }

    [Fact]
    public void Cells_of_the_other_edition_are_refused_at_build_with_their_pointers()
    {
        InvalidOperationException a = Assert.Throws<InvalidOperationException>(() => new AnnualReportBuilder(2020, "某局")
            .WithEdition(ReportEdition.Edition2019).Licensing(3).Row(ApplicationRow.FeeUnpaid, naturalPerson: 1).Build());
        Assert.Contains("/proactiveDisclosure/licensing/decisions", a.Message);
        Assert.Contains("/applications/outcomes/otherHandling/feeUnpaid/naturalPerson", a.Message);

        InvalidOperationException b = Assert.Throws<InvalidOperationException>(() => new AnnualReportBuilder(2022, "某局")
            .Procurement(1, 2m, MoneyUnit.TenThousandYuan).Build());
        Assert.Contains("/proactiveDisclosure/procurement/projects", b.Message);
    }

    [Fact]
    public void To_builder_gives_back_the_same_2019_report()
    {
        AnnualReport report = Edition2019Fixtures.Valid();

        Assert.Equal(report, report.ToBuilder().Build());
    }
}
