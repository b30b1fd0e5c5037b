using System.Diagnostics;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Series;
using GovInfoDisclosure.Core.Tests.Support;

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

    /// <summary>A named pipe <c>pipe.json</c> in the folder (Linux: mkfifo).</summary>
    private string MakePipe()
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

        return pipe;
    }

    [Fact]
    public void A_named_pipe_in_a_folder_is_reported_not_opened()
    {
        string pipe = MakePipe();

        _folder.WriteText("valid-name-bad-content.json", "{}");

        (int exit, _, string errors) = RunWithin(TimeSpan.FromSeconds(60), "validate", _folder.Root);

        Assert.Equal(2, exit);
        Assert.Contains($"cannot read '{pipe}': it is not a regular file", errors, StringComparison.Ordinal);
        Assert.Contains("valid-name-bad-content.json", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_in_a_folder_named_twice_is_opened_neither_time()
    {
        // The folder is listed twice, so the pipe is too: each time it is reported, neither opened (opening it would wait
        // for a writer forever; a note taken by the first reading once left the second to open it).
        string pipe = MakePipe();

        (int exit, _, string errors) = RunWithin(TimeSpan.FromSeconds(60), "validate", _folder.Root, _folder.Root);

        Assert.Equal(2, exit);
        Assert.Equal(2, errors.Split('\n').Count(l => l.StartsWith($"gidr: cannot read '{pipe}': it is not a regular file", StringComparison.Ordinal)));
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

    [Fact]
    public async Task A_file_that_keeps_growing_while_it_is_read_is_refused_at_the_limit_and_the_run_ends()
    {
        // A report without its closing brace, already past the source limit with white space, and still growing while
        // gidr reads it: it is refused at the limit (before the limit, a JSON file was read to its end however long).
        string growing = Path.Combine(_folder.Root, "growing.json");
        string sample = File.ReadAllText(TestReports.SamplePath("laiyuan-2022.json")).TrimEnd();
        byte[] spaces = new byte[1 << 20];
        spaces.AsSpan().Fill((byte)' ');
        await using (FileStream file = File.Create(growing))
        {
            file.Write(System.Text.Encoding.UTF8.GetBytes(sample[..^1]));
            for (int mib = 0; mib <= AnnualReportJson.MaxSourceBytes >> 20; mib++)
            {
                file.Write(spaces);
            }
        }

        using var stop = new CancellationTokenSource();
        Task writer = Task.Run(() =>
        {
            using var file = new FileStream(growing, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            while (!stop.IsCancellationRequested && file.Length < 4L * AnnualReportJson.MaxSourceBytes)
            {
                file.Write(spaces, 0, 1 << 16);
                file.Flush();
            }
        });

        try
        {
            (int exit, _, string errors) = RunWithin(TimeSpan.FromSeconds(120), "validate", growing);

            Assert.Equal(2, exit);
            Assert.Contains($"'{growing}' at $: the document is longer than the limit of 67,108,864 bytes", errors, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
    }

    [Fact]
    public void A_file_and_a_folder_without_read_permission_are_reported_naming_them_and_the_others_are_validated()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("This test takes read permission away with Unix file modes and runs on Linux only.");
        }

        string readable = _folder.WriteText("readable.json", File.ReadAllText(TestReports.SamplePath("laiyuan-2022.json")));
        string locked = _folder.WriteText("locked.json", File.ReadAllText(TestReports.SamplePath("laiyuan-2022.json")));
        string lockedFolder = Path.Combine(_folder.Root, "locked-folder");
        Directory.CreateDirectory(lockedFolder);
        File.WriteAllText(Path.Combine(lockedFolder, "inside.json"), "{}");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(lockedFolder, UnixFileMode.None);
        try
        {
            (int exit, string output, string errors) = RunGidrAsUser(["validate", _folder.Root]);

            Assert.Equal(2, exit);
            Assert.Contains($"cannot read '{locked}': Access to the path '{locked}' is denied.", errors, StringComparison.Ordinal);
            Assert.Contains($"cannot read '{lockedFolder}': the folder cannot be listed: ", errors, StringComparison.Ordinal);
            Assert.DoesNotContain($"'{readable}'", errors, StringComparison.Ordinal);
            Assert.Contains("readable.json", output, StringComparison.Ordinal);
            Assert.EndsWith("3 file(s): 0 error(s), 15 warning(s), 1 info(s), 2 could not be read\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetUnixFileMode(lockedFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_word_document_is_read_where_the_temporary_folder_cannot_be_written()
    {
        // The Open XML SDK copies a package it is given as a read-only stream to a temporary file (to rewrite malformed
        // links in it): every Word document read was written to /tmp first, and none could be read on a read-only file
        // system (a container's). The reader gives it its own copy of the bytes as a writable stream, opened read-only.
        string docx = Path.Combine(_folder.Root, "report.docx");
        File.WriteAllBytes(docx, GovInfoDisclosure.Documents.DocxReportWriter.ToBytes(TestReports.Sample("laiyuan-2022.json")));

        (int exit, string output, string errors) = RunGidrAsUser(["validate", docx], ("TMPDIR", Path.Combine(_folder.Root, "no-such-folder")));

        Assert.Equal(string.Empty, errors);
        Assert.Contains("1 file(s):", output, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be read", output, StringComparison.Ordinal);
        Assert.NotEqual(2, exit);
    }

    /// <summary>
    /// Runs gidr in a process of its own as an ordinary user meets file modes. Root (as CI and containers run) reads
    /// every file whatever its mode, through two capabilities; the process is started without them, in its inheritable
    /// set as in its bounding set (setpriv, from util-linux), so a file without read permission is refused to it as to
    /// any user.
    /// </summary>
    /// <param name="args">gidr's arguments.</param>
    /// <param name="environment">A variable of the process's environment set, where one is given.</param>
    private static (int Exit, string Out, string Err) RunGidrAsUser(string[] args, (string Name, string Value)? environment = null)
    {
        string gidr = Path.Combine(AppContext.BaseDirectory, "gidr.dll");
        Assert.True(File.Exists(gidr), $"gidr.dll is not beside the tests in {AppContext.BaseDirectory}");
        string dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("setpriv", ["--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", dotnet, gidr, .. args])
            : new ProcessStartInfo(dotnet, [gidr, .. args]);
        if (environment is var (name, value))
        {
            start.Environment[name] = value;
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), $"gidr {string.Join(' ', args)} did not end within two minutes");
        return (process.ExitCode, output.Result, errors.Result);
    }
}
