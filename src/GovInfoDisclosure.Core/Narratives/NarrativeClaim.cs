namespace GovInfoDisclosure.Core.Narratives;

/// <summary>
/// A number that the narrative of a report states, found by <see cref="NarrativeClaimExtractor"/>.
/// <see cref="Start"/> and <see cref="Length"/> locate the matched text in the input (UTF-16 indices),
/// from the keyword (or the negation, for a count of 0 stated as 未发生/无) to the end of the count.
/// </summary>
/// <param name="Kind">What the number counts.</param>
/// <param name="Count">The number stated; never negative.</param>
/// <param name="Start">Index of the first UTF-16 code unit of the matched text in the input.</param>
/// <param name="Length">Length of the matched text in UTF-16 code units.</param>
public readonly record struct NarrativeClaim(NarrativeClaimKind Kind, long Count, int Start, int Length);
