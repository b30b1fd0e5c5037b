using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>A report holds the sections of its edition only, and says so when asked for the other's.</summary>
public class AnnualReportEditionTests
{
    [Fact]
    public void A_2019_report_holds_the_2019_sections_and_refuses_to_give_the_2021_ones()
    {
        AnnualReport report = Edition2019Fixtures.Valid();

        Assert.Equal(ReportEdition.Edition2019, report.Edition);
        Assert.Equal(-18, report.ProactiveDisclosure2019!.Licensing.Change);
        Assert.Equal(MoneyUnit.Yuan, report.ProactiveDisclosure2019.Procurement.AmountUnit);
        Assert.Equal(1, report.Applications2019!.Outcomes.OtherHandling.NaturalPerson);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => report.ProactiveDisclosure);
        Assert.Contains("2019", e.Message);
        Assert.Contains(nameof(AnnualReport.ProactiveDisclosure2019), e.Message);
        Assert.Throws<InvalidOperationException>(() => report.Applications);
    }

    [Fact]
    public void A_2021_report_has_no_2019_sections()
    {
        AnnualReport report = Series.SeriesFixtures.Valid();

        Assert.Null(report.ProactiveDisclosure2019);
        Assert.Null(report.Applications2019);
        Assert.NotNull(report.ProactiveDisclosure);
    }

    [Fact]
    public void A_section_of_the_other_edition_is_refused_in_either_order_of_initialisation()
    {
        AnnualReport r2019 = Edition2019Fixtures.Valid();
        AnnualReport r2021 = Series.SeriesFixtures.Valid();

        Assert.Throws<ArgumentException>(() => r2019 with { ProactiveDisclosure = r2021.ProactiveDisclosure });
        Assert.Throws<ArgumentException>(() => r2019 with { Applications = r2021.Applications });
        Assert.Throws<ArgumentException>(() => r2021 with { ProactiveDisclosure2019 = r2019.ProactiveDisclosure2019 });
        Assert.Throws<ArgumentException>(() => r2021 with { Edition = ReportEdition.Edition2019 });
        Assert.Throws<ArgumentException>(() => r2019 with { Edition = ReportEdition.Edition2021 });
    }

    [Fact]
    public void Section_three_of_either_edition_is_read_by_row_and_rows_the_edition_does_not_print_are_null()
    {
        AnnualReport r2019 = Edition2019Fixtures.Valid();
        AnnualReport r2021 = Series.SeriesFixtures.Valid();

        Assert.Null(r2019.FindApplicationRow(ApplicationRow.NoCorrection));
        Assert.Null(r2019.FindApplicationRow(ApplicationRow.FeeUnpaid));
        Assert.Equal(r2019.Applications2019!.Outcomes.OtherHandling, r2019.FindApplicationRow(ApplicationRow.OtherHandling));
        Assert.Equal(r2021.Applications.Outcomes.OtherHandling.Other, r2021.FindApplicationRow(ApplicationRow.OtherHandling));
        Assert.NotNull(r2021.FindApplicationRow(ApplicationRow.FeeUnpaid));
    }

    [Fact]
    public void Equality_and_text_cover_the_2019_sections()
    {
        AnnualReport a = Edition2019Fixtures.Valid();
        AnnualReport b = Edition2019Fixtures.Valid();
        AnnualReport c = Edition2019Fixtures.Builder().Set(DisclosureCell2019.FeesChange, -2).Build();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Contains("ProactiveDisclosure2019", a.ToString());
    }

    [Fact]
    public void The_2019_catalogue_prints_23_rows_of_section_three_and_19_outcome_rows()
    {
        EditionFormat format = ReportFormat.Of(ReportEdition.Edition2019);

        Assert.Equal(23, format.ApplicationRows.Length);
        Assert.Equal(19, format.OutcomeRows.Length);
        Assert.Equal(21, ReportFormat.Of(ReportEdition.Edition2021).OutcomeRows.Length);
        Assert.Equal("/applications/outcomes/otherHandling/total", format.CellPointer(ApplicationRow.OtherHandling, ApplicantColumn.Total));
        Assert.Equal("（六）其他处理", format.Get(ApplicationRow.OtherHandling).LabelZh);
        Assert.Equal(22, format.DisclosureCells.Length);
        Assert.Equal("/proactiveDisclosure/licensing/change", ReportFormat.CellPointer(DisclosureCell2019.LicensingChange));
        Assert.Equal("本年增/减", ReportFormat.Get(DisclosureCell2019.LicensingChange).LabelZh);
        Assert.Throws<ArgumentOutOfRangeException>(() => format.Get(ApplicationRow.FeeUnpaid));
    }

    [Fact]
    public void A_pointer_is_labelled_by_the_2021_catalogue_or_else_by_the_2019_one()
    {
        // （六）其他处理 is one row in 2019 and a group of three rows in 2021: its cells have pointers only the 2019 edition knows.
        Assert.Null(ReportFormat.FindByPointer("/applications/outcomes/otherHandling/naturalPerson"));
        Assert.Equal(
            ReportFormat.Of(ReportEdition.Edition2019).FindByPointer("/applications/outcomes/otherHandling/naturalPerson"),
            ReportFormat.FindByPointerInAnyEdition("/applications/outcomes/otherHandling/naturalPerson"));
        Assert.Contains("（六）其他处理", ReportFormat.FindByPointerInAnyEdition("/applications/outcomes/otherHandling/naturalPerson")!.QualifiedLabelZh, StringComparison.Ordinal);
        Assert.Same(ReportFormat.FindByPointer("/applications/outcomes/total/total"), ReportFormat.FindByPointerInAnyEdition("/applications/outcomes/total/total"));
        Assert.Null(ReportFormat.FindByPointerInAnyEdition("/applications/nothing"));
    }
}
