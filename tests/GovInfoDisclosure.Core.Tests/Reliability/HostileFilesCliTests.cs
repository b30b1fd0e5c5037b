using System.Diagnostics;
using GovInfoDisclosure.Core.Tests.Series;

namespace GovInfoDisclosure.Core.Tests.Reliability;

/// <summary>
/// <c>gidr validate FOLDER</c> over what a folder from the internet or a shared drive may hold (issue 13): each file that
/// cannot be read is reported, naming it, and the run ends.
/// </summary>
public sealed class HostileFilesCliTests : IDisposable
{
    private readonly CliFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs gidr on another thread and fails, instead of hanging the suite, when it does not end in time.</summary>
    private static (int Exit, string Out, string Err) RunWithin(TimeSpan limit, params string[] args)
    {
        Task<(int Exit, string Out, string Err, string Stream)> run = Task.Run(() => CliFolder.Run(args));
        Assert.True(run.Wait(limit), $"gidr {string.Join(' ', args)} did not end within {limit}");
        return (run.Result.Exit, run.Result.Out, run.Result.Err);
    }

    [Fact]
    public void A_named_pipe_in_a_folder_is_reported_not_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Fail("This test makes a named pipe with mkfifo and runs on Linux only.");
        }

        string pipe = Path.Combine(_folder.Root, "pipe.json");
        using (Process mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        _folder.WriteText("valid-name-bad-content.json", "{}");

        (int exit, _, string errors) = RunWithin(TimeSpan.FromSeconds(60), "validate", _folder.Root);

        Assert.Equal(2, exit);
        Assert.Contains($"cannot read '{pipe}': it is not a regular file", errors, StringComparison.Ordinal);
        Assert.Contains("valid-name-bad-content.json", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_with_the_reason()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Fail("This test makes a file whose name is not UTF-8 with a shell and runs on Linux only.");
        }

        void Shell(string command)
        {
            using Process shell = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { WorkingDirectory = _folder.Root })!;
            shell.WaitForExit();
            Assert.Equal(0, shell.ExitCode);
        }

        Shell("printf '{}' > \"$(printf '\\377\\376-bad.json')\"");
        try
        {
            (int exit, _, string errors) = RunWithin(TimeSpan.FromSeconds(60), "validate", _folder.Root);

            Assert.Equal(2, exit);
            Assert.Contains("its name is not valid UTF-8", errors, StringComparison.Ordinal);
        }
        finally
        {
            Shell("rm -f \"$(printf '\\377\\376-bad.json')\""); // .NET cannot delete it by name either
        }
    }

    [Fact]
    public void A_hundred_thousand_files_in_one_folder_are_each_reported()
    {
        string folder = Path.Combine(_folder.Root, "many");
        Directory.CreateDirectory(folder);
        for (int i = 0; i < 100_000; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D6}.json"), "{}");
        }

        (int exit, string output, string errors) = RunWithin(TimeSpan.FromMinutes(5), "validate", folder);

        Assert.Equal(2, exit);
        Assert.EndsWith("100000 file(s): 0 error(s), 0 warning(s), 0 info(s), 100000 could not be read\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(100_000, errors.AsSpan().Count("lacks the required keys"));
    }

    [Fact]
    public void A_link_to_a_missing_file_is_reported_naming_it()
    {
        string link = Path.Combine(_folder.Root, "dangling.json");
        File.CreateSymbolicLink(link, Path.Combine(_folder.Root, "gone.json"));

        (int exit, _, string errors) = RunWithin(TimeSpan.FromSeconds(60), "validate", link);

        Assert.Equal(2, exit);
        Assert.Contains("dangling.json", errors, StringComparison.Ordinal);
    }
}
