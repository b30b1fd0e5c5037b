using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core;

/// <summary>Guards shared by every cell of the model: counts are non-negative, amounts are non-negative.</summary>
internal static class Cells
{
    // Every cell of every report passes through here: the check is small enough to be inlined, and the message is
    // formatted, out of line, only when the value is refused.
    public static int? Count(int? value, string name) => value < 0 ? Negative<int?>("count", name, value) : value;

    /// <summary>A count kept as an int and a bit of <paramref name="present"/> (see ApplicantBreakdown): a blank is 0 with its bit clear.</summary>
    public static int Store(int? value, string name, int bit, ref byte present)
    {
        if (value is not { } count)
        {
            present = (byte)(present & ~(1 << bit));
            return 0;
        }

        if (count < 0)
        {
            Negative<int?>("count", name, value);
        }

        present = (byte)(present | (1 << bit));
        return count;
    }

    /// <summary>The count stored by <see cref="Store"/>, or <see langword="null"/> for a blank.</summary>
    public static int? Get(byte present, int bit, int count) => (present & (1 << bit)) != 0 ? count : null;

    public static decimal? Amount(decimal? value, string name) => value < 0 ? Negative<decimal?>("amount", name, value) : value;

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T Negative<T>(string what, string name, object? value) =>
        throw new ArgumentOutOfRangeException(name, value, $"The {what} '{name}' cannot be negative (was {value}).");

    public static T Required<T>(T value, string name)
        where T : class => Guard.Against.Null(value, name);
}
