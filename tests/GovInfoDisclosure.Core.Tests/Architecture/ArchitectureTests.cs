using System.Reflection;
using System.Runtime.CompilerServices;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Architecture;

/// <summary>Checks by reflection, after NodaTime's MutabilityTest.</summary>
public class ArchitectureTests
{
    private static readonly Assembly Library = typeof(AnnualReport).Assembly;

    public static TheoryData<Type> ModelTypes => new(ModelTypeList());

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_public_model_type_is_sealed_and_immutable(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            MethodInfo? setter = property.SetMethod;
            bool initOnly = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is not readonly");
        }
    }

    [Fact]
    public void The_model_has_the_types_the_format_has()
    {
        string[] names = [.. ModelTypeList().Select(t => t.Name)];
        Assert.Contains("ApplicantBreakdown", names);
        Assert.Contains("NotDisclosedOutcomes", names);
        Assert.Contains("Narrative", names);
        Assert.True(names.Length >= 14, string.Join(", ", names));
    }

    private static Type[] ModelTypeList() =>
        [.. Library.GetExportedTypes().Where(t => t.Namespace == "GovInfoDisclosure.Core" && t.IsClass && t != typeof(AnnualReportBuilder))];

    [Fact]
    public void Every_rule_code_is_documented_in_rules_md()
    {
        string doc = File.ReadAllText(Path.Combine(Support.RepoFiles.Root, "docs", "rules.md"));
        Assert.All(Rules.All, r => Assert.Contains($"## {r.Code}", doc));
    }

    [Fact]
    public void The_validator_types_are_stateless()
    {
        Assert.All(
            typeof(ReportValidator).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public),
            f => Assert.True(f.IsInitOnly, $"ReportValidator.{f.Name} is mutable"));
    }
}
