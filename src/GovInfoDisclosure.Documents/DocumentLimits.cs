using System.Buffers;
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

    /// <summary>
    /// Reads a stream whole, refusing it as soon as it is over <see cref="ImportOptions.MaxBytes"/>. A stream that knows
    /// its length (a file, bytes in memory) and holds at most 4 MiB is read into an array of that length, without a buffer
    /// that grows and is copied (a page of 120 KB was three large objects a read); what follows the length it gave (a
    /// file growing while it is read), or a longer stream, is read on in chunks, within the limit.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="file">The file's name, for the message.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The bytes.</returns>
    internal static byte[] ReadAll(Stream stream, string? file, ImportOptions options)
    {
        byte[] bytes = new byte[KnownLength(stream, file, options)];
        int filled = 0;
        int read;
        while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
        {
            filled += read;
        }

        if (filled < bytes.Length)
        {
            // Shorter than it said (a file cut while it is read).
            return bytes[..filled];
        }

        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            if ((read = stream.Read(chunk, 0, chunk.Length)) == 0)
            {
                return bytes;
            }

            using var buffer = new MemoryStream();
            buffer.Write(bytes);
            do
            {
                buffer.Write(chunk, 0, read);
                RefuseOver(buffer.Length, file, options);
            }
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0);
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Reads a stream whole asynchronously, as <see cref="ReadAll"/> does.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="file">The file's name, for the message.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The bytes.</returns>
    internal static async Task<byte[]> ReadAllAsync(Stream stream, string? file, ImportOptions options, CancellationToken cancellationToken)
    {
        byte[] bytes = new byte[KnownLength(stream, file, options)];
        int filled = 0;
        int read;
        while (filled < bytes.Length && (read = await stream.ReadAsync(bytes.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        if (filled < bytes.Length)
        {
            return bytes[..filled];
        }

        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            if ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) == 0)
            {
                return bytes;
            }

            using var buffer = new MemoryStream();
            buffer.Write(bytes);
            do
            {
                buffer.Write(chunk, 0, read);
                RefuseOver(buffer.Length, file, options);
            }
            while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0);
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The bytes read at a time past a stream's known length (or of a stream that does not know it).</summary>
    private const int ChunkBytes = 81920;

    /// <summary>
    /// The length of the array a stream is read into first: the bytes left in a stream that knows its length (refused over
    /// <see cref="ImportOptions.MaxBytes"/>) where they are few enough to trust (<see cref="MaxArrayBytes"/>: a page, a Word
    /// document, a text); 0 for a stream that says more, or does not know its length: it is read in chunks, so that a
    /// length a stream does not hold costs no array of that size (a stream of 64 bytes saying 64 MiB allocated 64 MiB).
    /// </summary>
    private static int KnownLength(Stream stream, string? file, ImportOptions options)
    {
        if (!stream.CanSeek)
        {
            return 0;
        }

        long left = stream.Length - stream.Position;
        RefuseOver(left, file, options);
        return left is > 0 and <= MaxArrayBytes ? (int)left : 0;
    }

    /// <summary>The most bytes a stream's length is trusted for, read into one array of that length (4 MiB).</summary>
    private const int MaxArrayBytes = 4 << 20;

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
