using DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>A Word document's styles by id, and the chain a style's properties are looked up along.</summary>
internal static class DocxStyles
{
    /// <summary>How many steps the styles a style is based on are followed (a loop is a broken file): documents.md.</summary>
    private const int MaxSteps = 16;

    /// <summary>
    /// The style <paramref name="id"/> names, then those it is based on (<c>w:basedOn</c>), up to <see cref="MaxSteps"/>
    /// steps after it; none where the document does not define it.
    /// </summary>
    internal static IEnumerable<Style> Chain(Dictionary<string, Style> styles, string? id)
    {
        for (int steps = 0; id is not null && steps <= MaxSteps && styles.TryGetValue(id, out Style? style); steps++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }
}
