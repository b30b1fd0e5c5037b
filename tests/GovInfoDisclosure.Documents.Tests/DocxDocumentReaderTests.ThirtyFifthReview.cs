using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class DocxDocumentReaderTests
{
    [Theory]
    [InlineData("Wingdings", "2713", "✓417")] // a symbol's Unicode code in Wingdings: read as ✓ before the thirty-fifth session
    [InlineData("Wingdings", "2460", "①417")]
    public void A_wingdings_symbol_stored_by_its_unicode_code_is_read_as_that_character(string font, string code, string expected)
    {
        Assert.Equal(expected, TextOfRuns($"<w:r><w:sym w:font=\"{font}\" w:char=\"{code}\"/><w:t>417</w:t></w:r>"));
    }
}
