using System.Runtime.InteropServices;

namespace Tickmark.Cli;

/// <summary>
/// What a path is on disk, symbolic links followed: a regular file (the only kind read), a
/// directory, or something else (a FIFO, socket or device, which would block or never end).
/// On Unix from stat(2) through the runtime's own native library; elsewhere from the attributes.
/// </summary>
public enum FileKind { Missing, Regular, Directory, Other }

/// <summary>Looks paths up: their <see cref="FileKind"/> and the real path a directory resolves to.</summary>
public static class FileLookup
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, Dir = 0x4000, Reg = 0x8000;

    public static FileKind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            // SystemNative's FileStatus begins with (int Flags, int Mode); a larger buffer holds the rest.
            var status = new byte[512];
            try
            {
                if (SystemNativeStat(path, status) != 0) return FileKind.Missing;
                var mode = BitConverter.ToInt32(status, 4) & TypeMask;
                return mode switch { Reg => FileKind.Regular, Dir => FileKind.Directory, 0 => Managed(path), _ => FileKind.Other };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        return Managed(path);
    }

    private static FileKind Managed(string path) =>
        Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;

    /// <summary>The directory's path with every link and ".." resolved: the same directory reached two ways has one real path.</summary>
    public static string RealPath(string directory)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var p = realpath(directory, IntPtr.Zero);
                if (p != IntPtr.Zero)
                {
                    try { return Marshal.PtrToStringUTF8(p) ?? Path.GetFullPath(directory); }
                    finally { free(p); }
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        var info = new DirectoryInfo(directory);
        return (info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? info.FullName;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat(string path, byte[] status);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr p);
}
