using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core;

/// <summary>One block of section 四 (行政复议, or one of the two 行政诉讼 blocks): cases by result, and the total.</summary>
public sealed record CaseOutcomes
{
    // As in ApplicantBreakdown: the five counts and a bit per cell that is not blank (40 bytes a block, not 56).
    private const byte AllPresent = (1 << 5) - 1;
    private readonly int _upheld;
    private readonly int _corrected;
    private readonly int _other;
    private readonly int _pending;
    private readonly int _total;
    private readonly byte _present;

    /// <summary>A block whose every cell is blank.</summary>
    public static CaseOutcomes Blank { get; } = new();

    /// <summary>A block whose every cell is zero.</summary>
    public static CaseOutcomes Zero { get; } = new() { Upheld = 0, Corrected = 0, Other = 0, Pending = 0, Total = 0 };

    /// <summary>结果维持.</summary>
    public int? Upheld { get => Cells.Get(_present, 0, _upheld); init => _upheld = Cells.Store(value, nameof(Upheld), 0, ref _present); }

    /// <summary>结果纠正.</summary>
    public int? Corrected { get => Cells.Get(_present, 1, _corrected); init => _corrected = Cells.Store(value, nameof(Corrected), 1, ref _present); }

    /// <summary>其他结果.</summary>
    public int? Other { get => Cells.Get(_present, 2, _other); init => _other = Cells.Store(value, nameof(Other), 2, ref _present); }

    /// <summary>尚未审结.</summary>
    public int? Pending { get => Cells.Get(_present, 3, _pending); init => _pending = Cells.Store(value, nameof(Pending), 3, ref _present); }

    /// <summary>总计, as published (never recomputed).</summary>
    public int? Total { get => Cells.Get(_present, 4, _total); init => _total = Cells.Store(value, nameof(Total), 4, ref _present); }

    /// <summary>The cell in the given column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The count, or <see langword="null"/> for a blank.</returns>
    public int? this[CaseColumn column] => column switch
    {
        CaseColumn.Upheld => Upheld,
        CaseColumn.Corrected => Corrected,
        CaseColumn.Other => Other,
        CaseColumn.Pending => Pending,
        CaseColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown case column."),
    };

    /// <summary>Whether any cell is blank.</summary>
    public bool HasBlank => _present != AllPresent;

    /// <summary>Copies the five cells, in column order, to the first five of <paramref name="cells"/> (a blank as <see langword="null"/>).</summary>
    internal void CopyTo(Span<decimal?> cells)
    {
        cells = cells[..5];
        cells[4] = Cells.Get(_present, 4, _total);
        cells[0] = Cells.Get(_present, 0, _upheld);
        cells[1] = Cells.Get(_present, 1, _corrected);
        cells[2] = Cells.Get(_present, 2, _other);
        cells[3] = Cells.Get(_present, 3, _pending);
    }

    /// <summary>Creates a block from its five cells in column order (<see cref="CaseColumn"/>).</summary>
    /// <param name="cells">Five cells.</param>
    /// <returns>The block.</returns>
    public static CaseOutcomes FromCells(ReadOnlySpan<int?> cells)
    {
        if (cells.Length != 5)
        {
            throw new ArgumentException($"A block of section 四 has 5 cells, not {cells.Length}.", nameof(cells));
        }

        return new CaseOutcomes { Upheld = cells[0], Corrected = cells[1], Other = cells[2], Pending = cells[3], Total = cells[4] };
    }
}

/// <summary>Section 四, 政府信息公开行政复议、行政诉讼情况.</summary>
public sealed record ReviewAndLitigation
{
    private readonly CaseOutcomes _review = CaseOutcomes.Blank;
    private readonly CaseOutcomes _litigationWithoutReview = CaseOutcomes.Blank;
    private readonly CaseOutcomes _litigationAfterReview = CaseOutcomes.Blank;

    /// <summary>行政复议.</summary>
    public required CaseOutcomes Review { get => _review; init => _review = Cells.Required(value, nameof(Review)); }

    /// <summary>行政诉讼 · 未经复议直接起诉.</summary>
    public required CaseOutcomes LitigationWithoutReview { get => _litigationWithoutReview; init => _litigationWithoutReview = Cells.Required(value, nameof(LitigationWithoutReview)); }

    /// <summary>行政诉讼 · 复议后起诉.</summary>
    public required CaseOutcomes LitigationAfterReview { get => _litigationAfterReview; init => _litigationAfterReview = Cells.Required(value, nameof(LitigationAfterReview)); }

    /// <summary>The given block.</summary>
    /// <param name="block">The block.</param>
    /// <returns>Its cells.</returns>
    public CaseOutcomes this[CaseBlock block] => block switch
    {
        CaseBlock.Review => _review,
        CaseBlock.LitigationWithoutReview => _litigationWithoutReview,
        CaseBlock.LitigationAfterReview => _litigationAfterReview,
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block."),
    };
}
