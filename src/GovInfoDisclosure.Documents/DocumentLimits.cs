using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents;

/// <summary>The limits every format reader shares: the bytes read, and the table cells of the whole document.</summary>
internal static class DocumentLimits
{
    /// <summary>
    /// The deepest nesting a reader walks, whatever <see cref="ImportOptions.MaxDepth"/> says: the readers walk the tree
    /// recursively, and this keeps them far from the end of a thread's stack.
    /// </summary>
    internal const int HardMaxDepth = 2048;

    /// <summary>The nesting limit in force.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The smaller of the options' limit and <see cref="HardMaxDepth"/>.</returns>
    internal static int MaxDepth(ImportOptions options) => Math.Clamp(options.MaxDepth, 1, HardMaxDepth);

    /// <summary>Reads a stream whole, refusing it as soon as it is over <see cref="ImportOptions.MaxBytes"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="file">The file's name, for the message.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The bytes.</returns>
    internal static byte[] ReadAll(Stream stream, string? file, ImportOptions options)
    {
        RefuseKnownLength(stream, file, options);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            RefuseOver(buffer.Length, file, options);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a stream whole asynchronously, refusing it as soon as it is over <see cref="ImportOptions.MaxBytes"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="file">The file's name, for the message.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The bytes.</returns>
    internal static async Task<byte[]> ReadAllAsync(Stream stream, string? file, ImportOptions options, CancellationToken cancellationToken)
    {
        RefuseKnownLength(stream, file, options);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            RefuseOver(buffer.Length, file, options);
        }

        return buffer.ToArray();
    }

    private static void RefuseKnownLength(Stream stream, string? file, ImportOptions options)
    {
        if (stream.CanSeek)
        {
            RefuseOver(stream.Length - stream.Position, file, options);
        }
    }

    /// <summary>Refuses a document of more bytes than <see cref="ImportOptions.MaxBytes"/>.</summary>
    /// <param name="length">The document's length in bytes.</param>
    /// <param name="file">The file's name, for the message.</param>
    /// <param name="options">The limits.</param>
    internal static void RefuseOver(long length, string? file, ImportOptions options)
    {
        if (length > options.MaxBytes)
        {
            throw new DocumentReadException(
                $"The file is larger than the limit of {options.MaxBytes:N0} bytes (ImportOptions.MaxBytes).", file);
        }
    }
}
