namespace GovInfoDisclosure.Documents.Tests;

public class ProjectTests
{
    [Fact]
    public void The_core_package_keeps_its_dependencies()
    {
        string[] references = [.. typeof(Core.AnnualReport).Assembly.GetReferencedAssemblies().Select(a => a.Name!)];

        Assert.DoesNotContain(references, r => r.StartsWith("AngleSharp", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("DocumentFormat", StringComparison.Ordinal));
    }
}
