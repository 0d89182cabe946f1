using System.Diagnostics;
using System.Globalization;
using PaperArchive.Files;

namespace PaperArchive.Site;

/// <summary>Who holds an output's lock: written by the holder beside the lock, read by those who wait for it.</summary>
public sealed record LockHolder(int ProcessId, string Command, DateTimeOffset Since)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"process {ProcessId} ({Command}), since {Since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
}

/// <summary>
/// One process at a time writes an output folder. The lock is an operating-system lock on a file in the output's
/// record folder (opened with <see cref="FileShare.None"/>: flock on Unix, a sharing lock on Windows), so it is
/// released whenever the process ends, however it ends: a build killed with SIGKILL never leaves a stale lock. The
/// holder writes who it is (process id, command line, start time) into a file beside it, because a locked file
/// cannot be read by others. A second build waits for the lock, saying once who holds it; Ctrl+C stops the wait.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const string LockName = "lock";
    private const string HolderName = "holder";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly FileStream handle;

    private OutputLock(FileStream handle) => this.handle = handle;

    /// <summary>Takes the lock of the output whose record folder is given, waiting while another process holds it.</summary>
    /// <param name="waiting">Called once, with the holder (null when it has not said), when the lock is taken by another process.</param>
    public static OutputLock Acquire(string recordFolder, Action<LockHolder?>? waiting = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(recordFolder);
        var told = false;
        while (true)
        {
            if (TryTake(recordFolder) is { } taken) return taken;
            if (!told)
            {
                waiting?.Invoke(Holder(recordFolder));
                told = true;
            }
            cancellation.WaitHandle.WaitOne(Poll);
            cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The lock, or null when another process (or another build in this one) holds it.</summary>
    public static OutputLock? TryTake(string recordFolder)
    {
        Directory.CreateDirectory(recordFolder);
        FileStream handle;
        try
        {
            handle = new FileStream(Path.Combine(recordFolder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsSharingViolation(e))
        {
            return null;
        }
        var holder = new LockHolder(Environment.ProcessId, CommandLine(), DateTimeOffset.UtcNow);
        AtomicFile.Write(Path.Combine(recordFolder, HolderName),
            string.Create(CultureInfo.InvariantCulture, $"{holder.ProcessId}\n{holder.Since.ToUnixTimeMilliseconds()}\n{holder.Command}\n"));
        return new OutputLock(handle);
    }

    /// <summary>Who holds the lock now, as it wrote it, or null when that is unknown (it has not written yet, or has gone).</summary>
    public static LockHolder? Holder(string recordFolder)
    {
        try
        {
            var lines = File.ReadAllText(Path.Combine(recordFolder, HolderName)).Split('\n');
            var holder = new LockHolder(int.Parse(lines[0], CultureInfo.InvariantCulture),
                lines[2], DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(lines[1], CultureInfo.InvariantCulture)));
            return IsRunning(holder.ProcessId) ? holder : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public void Dispose() => handle.Dispose();

    // A file locked elsewhere: on Windows ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33); on Unix flock's
    // EWOULDBLOCK, which .NET passes on as the errno (11 on Linux, 35 on macOS and BSD).
    private static bool IsSharingViolation(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33
        : OperatingSystem.IsLinux() ? e.HResult == 11
        : e.HResult == 35;

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string CommandLine()
    {
        var arguments = Environment.GetCommandLineArgs();
        var program = Path.GetFileNameWithoutExtension(arguments[0]);
        return string.Join(' ', [program is "PaperArchive.Cli" ? "paperarchive" : program, .. arguments.Skip(1)]);
    }
}
