using System.Collections;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Series;

/// <summary>
/// The reports of one agency over several years, ordered by year: what <see cref="SeriesValidator"/> checks across years.
/// Immutable; two series are equal when they hold equal reports in the same order.
/// </summary>
/// <remarks>
/// Reports of the same year keep the order they were given in. A year missing between the first and the last report,
/// and a year with more than one report, are not refused: they are data, listed in <see cref="MissingYears"/> and
/// <see cref="DuplicateYears"/> and reported by GID304 and GID305. The series does not check that every report names
/// the same agency (names are printed with variants from year to year): the caller says they are one agency's.
/// </remarks>
public sealed class ReportSeries : IReadOnlyList<AnnualReport>, IEquatable<ReportSeries>
{
    /// <summary>Creates a series from reports in any order.</summary>
    /// <param name="reports">The reports of one agency.</param>
    /// <exception cref="ArgumentException">A report is <see langword="null"/>.</exception>
    public ReportSeries(IEnumerable<AnnualReport> reports)
    {
        Guard.Against.Null(reports, nameof(reports));
        var list = new List<AnnualReport>();
        foreach (AnnualReport report in reports)
        {
            list.Add(report ?? throw new ArgumentException($"Report {list.Count} of the series is null.", nameof(reports)));
        }

        // OrderBy is a stable sort: reports of one year keep their given order.
        Reports = [.. list.OrderBy(r => r.Year)];
        var missing = ImmutableArray.CreateBuilder<int>();
        var duplicate = ImmutableArray.CreateBuilder<int>();
        for (int i = 1; i < Reports.Length; i++)
        {
            int previous = Reports[i - 1].Year;
            int year = Reports[i].Year;
            if (year == previous)
            {
                if (duplicate.Count == 0 || duplicate[^1] != year)
                {
                    duplicate.Add(year);
                }
            }
            else
            {
                for (int y = previous + 1; y < year; y++)
                {
                    missing.Add(y);
                }
            }
        }

        MissingYears = missing.ToImmutable();
        DuplicateYears = duplicate.ToImmutable();
    }

    /// <summary>The reports, ordered by year (reports of one year in the order given).</summary>
    public ImmutableArray<AnnualReport> Reports { get; }

    /// <inheritdoc />
    public int Count => Reports.Length;

    /// <summary>The first year, or <see langword="null"/> for an empty series.</summary>
    public int? FirstYear => Reports.IsEmpty ? null : Reports[0].Year;

    /// <summary>The last year, or <see langword="null"/> for an empty series.</summary>
    public int? LastYear => Reports.IsEmpty ? null : Reports[^1].Year;

    /// <summary>The years between the first and the last that have no report, ascending.</summary>
    public ImmutableArray<int> MissingYears { get; }

    /// <summary>The years that have more than one report, ascending.</summary>
    public ImmutableArray<int> DuplicateYears { get; }

    /// <summary>Whether every year from the first to the last has exactly one report.</summary>
    public bool IsContiguous => MissingYears.IsEmpty && DuplicateYears.IsEmpty;

    /// <inheritdoc />
    public AnnualReport this[int index] => Reports[index];

    /// <summary>Equality operator.</summary>
    /// <param name="left">One series.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReportSeries? left, ReportSeries? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">One series.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportSeries? left, ReportSeries? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ReportSeries? other) =>
        other is not null && (ReferenceEquals(this, other) || Reports.AsSpan().SequenceEqual(other.Reports.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportSeries);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (AnnualReport report in Reports)
        {
            hash.Add(report);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<AnnualReport> GetEnumerator() => ((IEnumerable<AnnualReport>)Reports).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() =>
        Reports.IsEmpty ? "(empty series)" : $"{Reports[0].Agency.Name} {FirstYear}–{LastYear} ({Count} report(s))";
}
