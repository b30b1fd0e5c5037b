namespace GovInfoDisclosure.Cli;

/// <summary>
/// A file <c>-o</c> names, written whole or not at all: into a temporary file beside it, moved over it at the end. The
/// file named is never emptied before the inputs are read (an input that is the output, through a symbolic or hard link
/// or inside a folder given as input, is read as it was), and a command that fails leaves it as it was.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes the file with <paramref name="write"/>, returning what it returns.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <returns>What <paramref name="write"/> returned.</returns>
    public static int Write(string path, Func<Stream, int> write)
    {
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            int result;
            using (FileStream stream = File.Create(temporary))
            {
                result = write(stream);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
