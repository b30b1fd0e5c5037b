using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>Tests written from the survivors of the thirty-eighth session's mutation run and hand-applied mutants (issue 13).</summary>
public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("收费情况（单位：万元）", "收费金额（元）")]
    [InlineData("收费情况（单位：元）", "收费金额（万元）")]
    public void A_fee_amount_under_two_header_cells_naming_different_units_is_blank_and_said(string outer, string inner)
    {
        // Issue 13, thirty-ninth session (MentionedUnit's hand-applied mutants): a header over a header, one naming 元 and
        // the other 万元, says nothing of which the amount is in. It had been read in the template's 万元 without a word,
        // possibly ten thousand times too large.
        string text = Replace(Text(), "信息内容\t本年收费金额（单位：万元）", $"信息内容\t{outer}\n\t{inner}");
        text = ReplaceRow(text, ReportFormat.DisclosureRows[5].LabelZh, "18352500");

        ReportImport import = Read(text);

        Assert.Null(import.Report.ProactiveDisclosure.Fees.Amount);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.AmountUnitNotRead.Code, "/proactiveDisclosure/fees/amount"), (finding.Code, finding.Path));
        Assert.Contains(outer, finding.Message, StringComparison.Ordinal);
        Assert.Contains(inner, finding.Message, StringComparison.Ordinal);
    }
}
