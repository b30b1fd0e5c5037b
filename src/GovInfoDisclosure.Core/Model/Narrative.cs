using System.Collections;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core;

/// <summary>A paragraph of a narrative section: an optional printed sub-heading and the text, kept exactly as given.</summary>
public sealed record Paragraph
{
    private readonly string _text = string.Empty;

    /// <summary>The sub-heading printed above the paragraph (<c>（一）主动公开</c>), if any.</summary>
    public string? Heading { get; init; }

    /// <summary>The text, exactly as given (never trimmed).</summary>
    public required string Text { get => _text; init => _text = Guard.Against.Null(value, nameof(Text)); }
}

/// <summary>
/// A narrative section (一、五、六): paragraphs in order. Two narratives are equal when their paragraphs are equal,
/// one by one.
/// </summary>
public sealed class Narrative : IReadOnlyList<Paragraph>, IEquatable<Narrative>
{
    /// <summary>Creates a narrative from its paragraphs.</summary>
    /// <param name="paragraphs">The paragraphs, in order.</param>
    public Narrative(IEnumerable<Paragraph> paragraphs)
    {
        Guard.Against.Null(paragraphs, nameof(paragraphs));
        Paragraphs = paragraphs.ToImmutableArray();
        Length = CountLength(Paragraphs, nameof(paragraphs));
    }

    private Narrative(ImmutableArray<Paragraph> paragraphs)
    {
        Paragraphs = paragraphs;
        Length = CountLength(paragraphs, nameof(paragraphs));
    }

    /// <summary>The paragraphs, in order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <inheritdoc />
    public int Count => Paragraphs.Length;

    /// <inheritdoc />
    public Paragraph this[int index] => Paragraphs[index];

    /// <summary>The paragraph at an index, which may count from the end (<c>narrative[^1]</c>, the last paragraph).</summary>
    /// <param name="index">The index.</param>
    /// <remarks>
    /// Declared so that <c>^1</c> counts paragraphs: without it, C# would count from <see cref="Length"/>, the number of
    /// characters.
    /// </remarks>
    public Paragraph this[Index index] => Paragraphs[index.GetOffset(Paragraphs.Length)];

    /// <summary>A narrative of one paragraph without a heading.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The narrative.</returns>
    public static Narrative FromText(string text) => new([new Paragraph { Text = text }]);

    /// <summary>The number of characters of all paragraphs' text and headings.</summary>
    /// <remarks>Counted once, when the narrative is created: its paragraphs are immutable.</remarks>
    public int Length { get; }

    /// <summary>Equality operator.</summary>
    /// <param name="left">One narrative.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Narrative? left, Narrative? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">One narrative.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Narrative? left, Narrative? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Narrative? other) =>
        other is not null && (ReferenceEquals(this, other) || Paragraphs.AsSpan().SequenceEqual(other.Paragraphs.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Narrative);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (Paragraph p in Paragraphs)
        {
            hash.Add(p);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<Paragraph> GetEnumerator() => ((IEnumerable<Paragraph>)Paragraphs).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join("\n", Paragraphs.Select(p => p.Heading is null ? p.Text : p.Heading + "\n" + p.Text));

    /// <summary>A narrative over <paramref name="paragraphs"/> without copying them: the caller gives up the array.</summary>
    internal static Narrative Of(ImmutableArray<Paragraph> paragraphs) => new(paragraphs);

    /// <summary>The characters of the paragraphs' texts and headings; a null paragraph is refused.</summary>
    private static int CountLength(ImmutableArray<Paragraph> paragraphs, string parameter)
    {
        int length = 0;
        for (int i = 0; i < paragraphs.Length; i++)
        {
            Paragraph p = paragraphs[i] ?? throw new ArgumentException($"Paragraph {i} is null.", parameter);
            length += p.Text.Length + (p.Heading?.Length ?? 0);
        }

        return length;
    }
}
