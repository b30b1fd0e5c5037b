using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core;

/// <summary>The administrative body whose report it is.</summary>
public sealed record Agency
{
    private readonly string _name = string.Empty;

    /// <summary>The body's name as published (<c>涞源县人民政府</c>); never empty.</summary>
    public required string Name { get => _name; init => _name = Guard.Against.NullOrWhiteSpace(value, nameof(Name)); }

    /// <summary>The administrative region (<c>河北省保定市涞源县</c>), if known.</summary>
    public string? Region { get; init; }
}
