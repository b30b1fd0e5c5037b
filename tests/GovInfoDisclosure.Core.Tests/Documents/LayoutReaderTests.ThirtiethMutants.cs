using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// Tests written from the Stryker survivors of issue 10's thirtieth session's code (row labels printed otherwise:
/// <c>RecogniseLabelVariant</c> to <c>Renumbered</c>), measured again on the current code.
/// </summary>
public partial class LayoutReaderTests
{
    [Fact]
    public void A_label_two_characters_short_of_its_row_s_and_under_ten_characters_long_is_too_far_to_be_guessed()
    {
        // A label near a row's is read (GID510) when one character is off, two only where both are at least ten characters
        // long. 7.行政执法案卷 (eight) lacks 属于 of 7.属于行政执法案卷 (ten): too far, so said and left unread, not taken for
        // the row on a guess.
        string text = Replace(Text(), "\n7.属于行政执法案卷\t", "\n7.行政执法案卷\t");

        ReportImport import = Read(text);

        Assert.Equal(
            [(Rules.RowNotFound.Code, ReportFormat.Get(ApplicationRow.EnforcementCaseFile).JsonPointer), (Rules.RowNotRecognised.Code, ReportFormat.Applications.JsonPointer)],
            import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Null(import.Report.Applications.Outcomes.NotDisclosed.EnforcementCaseFile.Total);
    }

    [Fact]
    public void A_ten_character_label_with_two_characters_changed_is_read_as_its_row_and_said()
    {
        // 卷宗 for 案卷 (a synonym): 7.属于行政执法卷宗 is two characters off 7.属于行政执法案卷, both ten long, so near it
        // (two allowed from ten characters on): read, and said (GID510).
        string text = Replace(Text(), "\n7.属于行政执法案卷\t", "\n7.属于行政执法卷宗\t");

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Equal([(Rules.LabelVariant.Code, ReportFormat.Get(ApplicationRow.EnforcementCaseFile).JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void A_label_as_near_two_rows_is_taken_for_neither()
    {
        // 二、上年新收政府信息公开申请数量 mixes 一、本年新收… and 二、上年结转… (two characters off each): which row the
        // agency meant is not told, so the row is said and not read, not taken for the first (一's numbers read twice).
        string text = Replace(Text(), "\n二、上年结转政府信息公开申请数量\t", "\n二、上年新收政府信息公开申请数量\t");

        ReportImport import = Read(text);

        Assert.Equal(Base().Applications.Received, import.Report.Applications.Received);
        Assert.Null(import.Report.Applications.CarriedOver.Total);
        Assert.Contains(import.Findings, d => (d.Code, d.Path) == (Rules.RowNotFound.Code, ReportFormat.Get(ApplicationRow.CarriedOver).JsonPointer));
        Assert.Contains(import.Findings, d => d.Code == Rules.RowNotRecognised.Code);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.LabelVariant.Code);
    }
}
