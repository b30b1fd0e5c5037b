using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>Tests written from the survivors of the thirty-eighth session's mutation run (issue 13).</summary>
public partial class TextDocumentReaderTests
{
    [Theory]
    [InlineData(60, false)]
    [InlineData(61, true)]
    public void A_cell_is_a_sentence_s_length_when_longer_than_60_characters(int length, bool sentence)
    {
        // Issue 13, thirty-ninth session: a line holding a tab and a clause mark that does not end as a sentence does is a
        // sentence of the narrative where one of its cells is longer than 60 characters (documents.md); at 60 it is still
        // a row of the table above it.
        const string Words = "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》和上级有关要求，进一步规范依申请公开办理流程并及时答复每一位申请人的申请";
        string line = Words[..length] + "\t详见附件";

        SourceDocument document = TextDocumentReader.Read("二、主动公开政府信息情况\n规章\t1\t2\t3\n" + line + "\n正文。");

        Assert.Equal(sentence ? 1 : 2, OnlyTable(document).RowCount);
        Assert.Equal(sentence, document.Blocks.OfType<DocumentParagraph>().Any(p => p.Text == line));
    }

    [Fact]
    public void A_sentence_ending_with_a_full_stop_with_a_cell_longer_than_60_characters_is_a_paragraph()
    {
        // Either part makes a sentence (a clause mark and a sentence's end, a cell longer than 60 characters): both together
        // still do.
        string line = "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》和上级有关要求，进一步规范依申请公开办理流程并及时答复每一位申请人的申请\t详见附件。";

        SourceDocument document = TextDocumentReader.Read("二、主动公开政府信息情况\n规章\t1\t2\t3\n" + line + "\n正文。");

        Assert.Equal(1, OnlyTable(document).RowCount);
        Assert.Equal(["二、主动公开政府信息情况", line, "正文。"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }
}
