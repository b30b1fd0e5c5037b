using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core;

/// <summary>Guards shared by every cell of the model: counts are non-negative, amounts are non-negative.</summary>
internal static class Cells
{
    public static int? Count(int? value, string name)
    {
        if (value is { } v)
        {
            Guard.Against.Negative(v, name, $"The count '{name}' cannot be negative (was {v}).");
        }

        return value;
    }

    public static decimal? Amount(decimal? value, string name)
    {
        if (value is { } v)
        {
            Guard.Against.Negative(v, name, $"The amount '{name}' cannot be negative (was {v}).");
        }

        return value;
    }

    public static T Required<T>(T value, string name)
        where T : class => Guard.Against.Null(value, name);
}
