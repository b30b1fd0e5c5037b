using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core;

/// <summary>Guards shared by every cell of the model: counts are non-negative, amounts are non-negative.</summary>
internal static class Cells
{
    // The message is formatted only when the value is refused: every cell of every report passes through here.
    public static int? Count(int? value, string name) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, $"The count '{name}' cannot be negative (was {value}).") : value;

    public static decimal? Amount(decimal? value, string name) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, $"The amount '{name}' cannot be negative (was {value}).") : value;

    public static T Required<T>(T value, string name)
        where T : class => Guard.Against.Null(value, name);
}
