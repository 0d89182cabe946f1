namespace PaperArchive.Tests.Support;

/// <summary>
/// Makes a file or folder impossible to change, even for root (tests may run as root, who ignores permissions): the
/// immutable attribute (chattr +i) where the process may set it, else read-only permissions. Undone on dispose.
/// </summary>
public sealed class Unwritable : IDisposable
{
    private readonly string path;
    private readonly bool immutable;
    private readonly UnixFileMode mode;

    private Unwritable(string path)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("These tests make files unwritable the Unix way.");
        this.path = path;
        immutable = IsRoot;
        if (immutable)
        {
            Chattr("+i", path);
        }
        else
        {
            mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }
    }

    public static Unwritable Make(string path) => new(path);

    /// <summary>True where a single file (not only a folder) can be made unchangeable: root with chattr, on a file system that supports it.</summary>
    public static bool FilesCanBeMadeImmutable { get; } = IsRoot && Probe();

    private static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    public void Dispose()
    {
        if (immutable) Chattr("-i", path);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
    }

    private static void Chattr(string flag, string target)
    {
        var result = ChildProcess.Run("chattr", [flag, target], Path.GetTempPath(), null, TimeSpan.FromSeconds(30));
        if (result.ExitCode != 0) throw new InvalidOperationException($"chattr {flag} {target}: {result}");
    }

    private static bool Probe()
    {
        var probe = Path.Combine(Path.GetTempPath(), "paperarchive-tests", $"chattr-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.GetDirectoryName(probe)!);
        File.WriteAllText(probe, "");
        try
        {
            if (ChildProcess.Find("chattr") is null) return false;
            if (ChildProcess.Run("chattr", ["+i", probe], Path.GetTempPath(), null, TimeSpan.FromSeconds(30)).ExitCode != 0) return false;
            ChildProcess.Run("chattr", ["-i", probe], Path.GetTempPath(), null, TimeSpan.FromSeconds(30));
            return true;
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
