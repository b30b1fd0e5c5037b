using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("行政处罚", 2)] // section 二's rows: 行政 over 处罚 and the row's numbers
    [InlineData("行政强制", 2)]
    [InlineData("行政事业性收费", 2)]
    [InlineData("行政规范性文件", 2)] // its end, 规范性文件, is a name of the row too
    public void A_label_wrapped_after_its_first_characters_onto_a_line_of_its_own_is_read(string label, int cut)
    {
        // Mutation testing of the thirty-fourth session's code: a wrapped label's start is as short as two characters,
        // not one: each row is read as printed, nothing said.
        string text = Text();
        string line = text.Split('\n').Single(l => l.StartsWith(label + "\t", StringComparison.Ordinal));

        ReportImport import = Read(Replace(text, line, label[..cut] + "\n" + line[cut..]));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }
}
