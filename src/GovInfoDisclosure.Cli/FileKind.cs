using System.Runtime.InteropServices;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// Whether a path is a regular file, asked of Linux's <c>statx</c> (whose buffer has one layout on every architecture).
/// .NET reports a named pipe as a normal file, and opening one waits for a writer: a pipe left in a folder would hang a
/// whole run. Where <c>statx</c> is missing the answer is "regular", as before. It also tells two names of one file apart
/// from two files (<see cref="Identity"/>).
/// </summary>
internal static partial class FileKind
{
    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const uint StatxInode = 0x100;
    private const uint StatxLinks = 0x4;
    private const int LinksOffset = 16;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;

    private static bool s_unavailable;

    /// <summary>Whether the path names something other than a regular file (a pipe, socket or device), following links.</summary>
    public static bool IsSpecial(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        if (!TryStat(path, StatxType, buffer))
        {
            return false; // Cannot be asked (gone, no permission, not Linux): reading it will say why.
        }

        int mode = buffer[ModeOffset] | (buffer[ModeOffset + 1] << 8);
        return (mode & TypeMask) != Regular;
    }

    /// <summary>
    /// The file a path names, following links, as the system tells files apart (device and inode): two names of one file
    /// (hard links) have the same; and how many names it has. <see langword="null"/> where it cannot be asked (nothing
    /// there, not Linux).
    /// </summary>
    public static (uint Major, uint Minor, ulong Inode, uint Names)? Identity(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        return TryStat(path, StatxInode | StatxLinks, buffer)
            ? (BitConverter.ToUInt32(buffer[DeviceMajorOffset..]), BitConverter.ToUInt32(buffer[DeviceMinorOffset..]),
                BitConverter.ToUInt64(buffer[InodeOffset..]), BitConverter.ToUInt32(buffer[LinksOffset..]))
            : null;
    }

    /// <summary>Asks <c>statx</c> for the fields of <paramref name="mask"/>, following links; false where it cannot be asked.</summary>
    private static bool TryStat(string path, uint mask, Span<byte> buffer)
    {
        if (s_unavailable || !OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Statx(AtCurrentFolder, path, 0, mask, buffer) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, Span<byte> buffer);
}
