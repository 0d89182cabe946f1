using System.Runtime.InteropServices;

namespace PaperArchive.Site;

/// <summary>
/// Carries an unchanged file from the previous site into the new one. A hard link costs no copying, keeps the
/// modification time (it is the same file), and leaves the previous site whole until the swap — so a build
/// that dies half way never damages it. Where links are not possible, the file is copied and its time kept.
/// </summary>
internal static partial class FileLinks
{
    public static void LinkOrCopy(string existing, string newPath)
    {
        if (!OperatingSystem.IsWindows() && Link(existing, newPath) == 0) return;
        File.Copy(existing, newPath);
        File.SetLastWriteTimeUtc(newPath, File.GetLastWriteTimeUtc(existing));
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);
}
