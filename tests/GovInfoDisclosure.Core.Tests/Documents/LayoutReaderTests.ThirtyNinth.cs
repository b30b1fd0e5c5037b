using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("五、\t\t存在的主要问题及改进情况")]
    [InlineData("五、\t存在的主要问题及改进情况")]
    public void A_section_heading_typed_with_tabs_right_after_a_table_is_the_heading(string heading)
    {
        ReportImport import = Read(Replace(Text(), "\n\n五、存在的主要问题及改进情况", "\n" + heading));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }
}
