using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Documents;

namespace GovInfoDisclosure.Cli;

/// <summary>Finding report files and reading them, with errors that name the file.</summary>
internal static class ReportFiles
{
    /// <summary>The files named, a folder standing for every report below it (in ordinal order); listed one folder at a time.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> arguments)
    {
        foreach (string argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                bool any = false;
                foreach (string file in EnumerateSorted(argument))
                {
                    any = true;
                    yield return file;
                }

                if (!any)
                {
                    // A folder with no report below it (a wrong path, an inbox not filled yet) is not a clean pass.
                    Refuse(argument, $"gidr: cannot read '{argument}': the folder holds no report (no *.json, *.html, *.htm, *.shtml, *.xhtml or *.docx below it; .txt and .md files are read only when named).");
                    yield return argument;
                }
            }
            else
            {
                yield return argument;
            }
        }
    }

    public static bool TryRead(string file, TextWriter stderr, out AnnualReport? report)
    {
        (report, string? error) = Read(file);
        if (error is not null)
        {
            lock (stderr)
            {
                stderr.WriteLine(error);
            }
        }

        return report is not null;
    }

    /// <summary>
    /// Whether a file found in a folder is validated: canonical JSON, and the published documents no folder holds for
    /// another reason (<c>.html</c>, <c>.htm</c>, <c>.docx</c>). Plain text and Markdown are read only when named: a
    /// folder's <c>README.md</c> or notes are not reports.
    /// </summary>
    internal static bool IsFolderReport(string file) => Path.GetExtension(file).ToUpperInvariant() is ".JSON" or ".HTML" or ".HTM" or ".SHTML" or ".XHTML" or ".DOCX";

    /// <summary>
    /// Whether a file is read as a published document (by its extension, as <see cref="ReportDocument"/> reads them:
    /// <c>.html</c>, <c>.htm</c>, <c>.shtml</c>, <c>.xhtml</c>, <c>.docx</c>, <c>.doc</c> refused with its reason, <c>.txt</c>,
    /// <c>.md</c>) rather than canonical JSON.
    /// </summary>
    public static bool IsDocument(string file) => ReportDocument.CanRead(file);

    /// <summary>Reads a report; on failure the message names the file (and for a bad document the JSON path and line).</summary>
    public static (AnnualReport? Report, string? Error) Read(string file)
    {
        (AnnualReport? report, _, string? error) = ReadWithImport(file, ImportOptions.Default);
        return (report, error);
    }

    /// <summary>
    /// Reads a report: canonical JSON, or a published document (<c>.html</c>, <c>.htm</c>, <c>.docx</c>, <c>.txt</c>,
    /// <c>.md</c>) imported with its import findings and source locations. On failure the message names the file and the place.
    /// </summary>
    public static (AnnualReport? Report, ReportImport? Import, string? Error) ReadWithImport(string file, ImportOptions options)
    {
        if (!Refused.IsEmpty && TakeRefusal(file) is { } refusal)
        {
            return (null, null, refusal);
        }

        if (Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
        {
            return (null, null, $"gidr: cannot read '{file}': PDF is not read; use the report's web page (.html), its Word document (.docx), or its text copied into a .txt.");
        }

        try
        {
            if (IsDocument(file))
            {
                ReportImport import = ReportDocument.Read(file, options);
                return (import.Report, import, null);
            }

            return (AnnualReportJson.ReadFile(file), null, null);
        }
        catch (ReportFormatException ex)
        {
            return (null, null, "gidr: " + ex.Message);
        }
        catch (DocumentReadException) when (Directory.Exists(file))
        {
            return (null, null, FolderNamed(file));
        }
        catch (DocumentReadException ex)
        {
            return (null, null, "gidr: " + ex.Message);
        }
        catch (FileNotFoundException) when (file.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // The system gave a name whose bytes are not UTF-8; .NET decoded it with U+FFFD and cannot open it by that name.
            return (null, null, $"gidr: cannot read '{file}': its name is not valid UTF-8, so it cannot be opened by name; rename the file.");
        }
        catch (FileNotFoundException)
        {
            return (null, null, $"gidr: cannot read '{file}': no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            return (null, null, $"gidr: cannot read '{file}': no such file or folder.");
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(file))
        {
            return (null, null, FolderNamed(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, null, $"gidr: cannot read '{file}': {ex.Message}");
        }
    }

    private static string FolderNamed(string file) =>
        $"gidr: cannot read '{file}': it is a folder; this command reads the files named (name those in it, as '{Path.Combine(file, "*.html")}').";

    /// <summary>
    /// Paths found in folders that are not opened, each with the message that says why: files that are not regular files,
    /// folders that cannot be listed, folders named that hold no report. Reported as unreadable when their turn comes, as
    /// many times as they were listed (a folder named twice lists its pipe twice: neither is opened).
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Message, int Count)> Refused = new(StringComparer.Ordinal);

    /// <summary>Notes a path listed that is not to be opened, before it is handed out (its reading takes the note).</summary>
    private static void Refuse(string path, string message) =>
        Refused.AddOrUpdate(path, (message, 1), (_, listed) => (message, listed.Count + 1));

    /// <summary>Takes one note of a path listed that is not to be opened: its message, or <see langword="null"/>.</summary>
    private static string? TakeRefusal(string path)
    {
        while (Refused.TryGetValue(path, out (string Message, int Count) listed))
        {
            bool taken = listed.Count <= 1
                ? Refused.TryRemove(KeyValuePair.Create(path, listed))
                : Refused.TryUpdate(path, (listed.Message, listed.Count - 1), listed);
            if (taken)
            {
                return listed.Message;
            }
        }

        return null;
    }

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
    };

    /// <summary>
    /// Every report below the folder (<c>*.json</c>, <c>*.html</c>, <c>*.htm</c>, <c>*.shtml</c>, <c>*.xhtml</c>, <c>*.docx</c>), folder by folder in ordinal order; links to folders are not followed (a
    /// link back up would validate the same files forever). A folder that cannot be listed is given as a path that then
    /// fails to read, so the error names it and the other files go on.
    /// </summary>
    private static IEnumerable<string> EnumerateSorted(string folder)
    {
        string[] files, folders;
        bool listed = true;
        try
        {
            files = Array.FindAll(Directory.GetFiles(folder, "*", OneLevel), IsFolderReport);
            folders = Directory.GetDirectories(folder, "*", OneLevel);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Refuse(folder, $"gidr: cannot read '{folder}': the folder cannot be listed: {ex.Message}");
            files = folders = [];
            listed = false;
        }

        if (!listed)
        {
            yield return folder;
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (string file in files)
        {
            if (FileKind.IsSpecial(file))
            {
                // Named in no argument, only found in a folder: not opened (a pipe would wait for a writer forever).
                Refuse(file, $"gidr: cannot read '{file}': it is not a regular file (a pipe, socket or device found in a folder), so it is not opened; name it on the command line to read it.");
            }

            yield return file;
        }

        foreach (string sub in folders)
        {
            foreach (string file in EnumerateSorted(sub))
            {
                yield return file;
            }
        }
    }
}
