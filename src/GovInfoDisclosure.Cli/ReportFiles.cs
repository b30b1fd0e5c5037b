using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Json;

namespace GovInfoDisclosure.Cli;

/// <summary>Finding report files and reading them, with errors that name the file.</summary>
internal static class ReportFiles
{
    /// <summary>The files named, a folder standing for every <c>*.json</c> below it (in ordinal order); streamed, not listed up front.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> arguments)
    {
        foreach (string argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                foreach (string file in EnumerateSorted(argument))
                {
                    yield return file;
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

    /// <summary>Reads a report; on failure the message names the file (and for a bad document the JSON path and line).</summary>
    public static (AnnualReport? Report, string? Error) Read(string file)
    {
        try
        {
            return (AnnualReportJson.ReadFile(file), null);
        }
        catch (ReportFormatException ex)
        {
            return (null, "gidr: " + ex.Message);
        }
        catch (FileNotFoundException)
        {
            return (null, $"gidr: cannot read '{file}': no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            return (null, $"gidr: cannot read '{file}': no such file or folder.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"gidr: cannot read '{file}': {ex.Message}");
        }
    }

    private static IEnumerable<string> EnumerateSorted(string folder)
    {
        // Folder by folder, so that a tree of a hundred thousand files is never listed whole.
        string[] files = Directory.GetFiles(folder, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            yield return file;
        }

        string[] folders = Directory.GetDirectories(folder);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (string sub in folders)
        {
            foreach (string file in EnumerateSorted(sub))
            {
                yield return file;
            }
        }
    }
}
