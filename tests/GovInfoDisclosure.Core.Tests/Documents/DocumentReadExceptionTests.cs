using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Core.Tests.Documents;

public class DocumentReadExceptionTests
{
    [Fact]
    public void The_message_names_the_file_and_the_place()
    {
        var e = new DocumentReadException("it is not a report.", "page.html", new SourceLocation { File = "page.html", Line = 3, Column = 7 });

        Assert.Equal("Cannot read the document 'page.html' at 3:7: it is not a report.", e.Message);
    }

    [Fact]
    public void A_place_with_nothing_to_say_is_left_out_of_the_message()
    {
        // A Word document's paragraph has no line: its location says nothing until it is in a table.
        var e = new DocumentReadException("it is not a report.", "report.docx", new SourceLocation { File = "report.docx" });

        Assert.Equal("Cannot read the document 'report.docx': it is not a report.", e.Message);
    }

    [Fact]
    public void A_table_cell_is_named_by_its_table_row_and_column()
    {
        var e = new DocumentReadException("too many cells.", "report.docx", new SourceLocation { Table = 2, Row = 5, Cell = 3 });

        Assert.Equal("Cannot read the document 'report.docx' at (table 2, row 5, column 3): too many cells.", e.Message);
    }

    [Fact]
    public void Without_a_file_the_message_names_the_place_alone_and_a_column_of_0_is_left_out()
    {
        var e = new DocumentReadException("it is not a report.", null, new SourceLocation { Line = 3 });

        Assert.Equal("Cannot read the document at 3: it is not a report.", e.Message);
        Assert.Equal("page.html:3", new SourceLocation { File = "page.html", Line = 3, Column = 0 }.ToString());
    }
}
