namespace GovInfoDisclosure.Core.Tests.Support;

/// <summary>Files of the repository that tests keep in sync with the code.</summary>
public static class RepoFiles
{
    /// <summary>The repository's root: the folder above the test binaries that holds the solution.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovInfoDisclosure.Core.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (with GovInfoDisclosure.Core.sln) is not above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// Asserts that a generated file is as committed. With GIDR_UPDATE_DOCS=1 it writes the file instead (and still
    /// fails, so that an update is never silent).
    /// </summary>
    public static void AssertInSync(string relativePath, string generated)
    {
        string path = Path.Combine(Root, relativePath);
        if (Environment.GetEnvironmentVariable("GIDR_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            Assert.Fail($"{relativePath} was written; run the tests again without GIDR_UPDATE_DOCS.");
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests once with GIDR_UPDATE_DOCS=1 to write it.");
        string committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == generated, $"{relativePath} is out of date with the code; run the tests once with GIDR_UPDATE_DOCS=1 to regenerate it.");
    }
}
