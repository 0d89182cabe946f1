using System.IO.Enumeration;

namespace PaperArchive.Files;

/// <summary>What a directory entry is, seen without following links.</summary>
public enum EntryKind { Missing, File, Directory, Link, Other }

/// <summary>One entry of a folder tree: its path relative to the folder (with '/') and what it is.</summary>
public readonly record struct TreeEntry(string Path, EntryKind Kind);

/// <summary>
/// Folder trees seen as they are on disk. <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/> follows
/// links into other folders (a link to <c>/etc</c> inside the output would list, and let a build delete, files of
/// <c>/etc</c>), and .NET cannot tell a regular file from a FIFO or a device, which block or never end when read.
/// Here a link is an entry of its own, never a folder to enter, and <see cref="KindOf"/> asks the operating
/// system (lstat, through Mono.Unix) what a path is.
/// </summary>
public static class FileTree
{
    /// <summary>
    /// The leaves of a folder tree: files, links, other entries and empty folders (which a build did not make and
    /// must not remove). Folders that hold something are not listed themselves; links are never entered.
    /// </summary>
    public static List<TreeEntry> Leaves(string folder)
    {
        var entries = new FileSystemEnumerable<(string Path, bool Directory, bool Link)>(folder,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var leaves = new List<TreeEntry>();
        var folders = new List<string>();
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, isDirectory, isLink) in entries)
        {
            var relative = Relative(folder, path);
            if (System.IO.Path.GetDirectoryName(relative.Replace('/', System.IO.Path.DirectorySeparatorChar)) is { Length: > 0 } parent)
                parents.Add(parent.Replace(System.IO.Path.DirectorySeparatorChar, '/'));
            if (isLink) leaves.Add(new TreeEntry(relative, EntryKind.Link));
            else if (isDirectory) folders.Add(relative);
            else leaves.Add(new TreeEntry(relative, EntryKind.File));
        }
        leaves.AddRange(folders.Where(f => !parents.Contains(f)).Select(f => new TreeEntry(f, EntryKind.Directory)));
        return leaves;
    }

    /// <summary>What is at <paramref name="path"/>, not following a link there.</summary>
    public static EntryKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows() || !UnixTypesAvailable)
        {
            // Without lstat (Windows; Mono.Unix's native part missing, e.g. on musl) a FIFO looks like a file: the bounded
            // reads of InputFile still keep it from hanging or exhausting a build.
            var info = new FileInfo(path);
            if (!info.Exists && !Directory.Exists(path)) return EntryKind.Missing;
            var attributes = info.Attributes;
            if ((attributes & FileAttributes.ReparsePoint) != 0) return EntryKind.Link;
            if ((attributes & FileAttributes.Directory) != 0) return EntryKind.Directory;
            return (attributes & FileAttributes.Device) != 0 ? EntryKind.Other : EntryKind.File;
        }
        Mono.Unix.UnixFileSystemInfo entry;
        try
        {
            entry = Mono.Unix.UnixFileSystemInfo.GetFileSystemEntry(path);
            if (!entry.Exists) return EntryKind.Missing;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or ArgumentException) { return EntryKind.Missing; }
        return entry.FileType switch
        {
            Mono.Unix.FileTypes.RegularFile => EntryKind.File,
            Mono.Unix.FileTypes.Directory => EntryKind.Directory,
            Mono.Unix.FileTypes.SymbolicLink => EntryKind.Link,
            _ => EntryKind.Other,
        };
    }

    /// <summary>True when this process may create and delete entries in <paramref name="folder"/> (access(2) on Unix).</summary>
    public static bool CanWrite(string folder)
    {
        if (OperatingSystem.IsWindows()) return (new DirectoryInfo(folder).Attributes & FileAttributes.ReadOnly) == 0;
        if (!UnixTypesAvailable) return true;   // cannot tell: a failure then comes while the update is applied, and says so
        try
        {
            return Mono.Unix.UnixFileSystemInfo.GetFileSystemEntry(folder).CanAccess(Mono.Unix.Native.AccessModes.W_OK | Mono.Unix.Native.AccessModes.X_OK);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The path with every link in it resolved, as far as it exists (the rest is appended as written): where the
    /// path really leads, to compare folders that links may disguise.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = System.IO.Path.Combine(current, parts[i]);
            FileSystemInfo info = new FileInfo(next);
            if (!info.Exists) info = new DirectoryInfo(next);
            if (!info.Exists && info.LinkTarget is null)
                return System.IO.Path.Combine([current, .. parts[i..]]);
            current = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? RealPath(target.FullName)
                : next;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, full paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        folder = folder.TrimEnd(System.IO.Path.DirectorySeparatorChar);
        path = path.TrimEnd(System.IO.Path.DirectorySeparatorChar);
        return path.Equals(folder, comparison)
            || (path.StartsWith(folder, comparison) && (folder.Length == 0 || path[folder.Length] == System.IO.Path.DirectorySeparatorChar))
            || folder.Length == 0;
    }

    private static readonly bool UnixTypesAvailable = ProbeUnixTypes();

    private static bool ProbeUnixTypes()
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            _ = Mono.Unix.UnixFileSystemInfo.GetFileSystemEntry(Path.GetTempPath()).FileType;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Relative(string folder, string path) => System.IO.Path.GetRelativePath(folder, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
