using System.Globalization;
using System.Text;
using Mono.Unix;

namespace PaperArchive.Files;

/// <summary>
/// The one way PaperArchive reads a file it did not just write (digests, settings, vocabulary, theme, static files,
/// import sources, cache): only a regular file (a symbolic link is followed to one), and never more than
/// <see cref="MaxBytes"/>, whatever the file claims. A FIFO would block the read forever and a device such as
/// <c>/dev/zero</c> never ends, so their type is checked before they are opened, and every read is bounded as it goes
/// rather than trusting the size the file system reports.
/// </summary>
public static class InputFile
{
    /// <summary>No input file is read past this size.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The whole file, or an <see cref="InputFileException"/> naming it and saying why not.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = MaxBytes)
    {
        EnsureRegularFile(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        // The reported length is only a first guess for the buffer: the file may grow, and links report their own size.
        var reported = stream.CanSeek ? stream.Length : 0;
        if (reported > maxBytes) throw TooLarge(path, maxBytes, reported);
        var buffer = new byte[Math.Max(reported, 0) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes) throw TooLarge(path, maxBytes);
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 64 * 1024), maxBytes + 1));
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0) break;
            length += read;
        }
        if (length > maxBytes) throw TooLarge(path, maxBytes);
        if (length != buffer.Length) Array.Resize(ref buffer, length);
        return buffer;
    }

    /// <summary>The file as text: UTF-8, or the encoding its byte-order mark names (as <see cref="File.ReadAllText(string)"/>).</summary>
    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Throws an <see cref="InputFileException"/> unless <paramref name="path"/> is a regular file (after following
    /// links); a missing file is a <see cref="FileNotFoundException"/>.
    /// </summary>
    public static void EnsureRegularFile(string path)
    {
        if (Directory.Exists(path)) throw new InputFileException(path, "is a folder, not a file");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        if (KindOf(path) is { } kind && kind != FileTypes.RegularFile)
            throw new InputFileException(path, $"is {Describe(kind)}. Only regular files are read");
    }

    /// <summary>The file type after following links, or null where the platform has no such types (Windows) or it cannot be told.</summary>
    private static FileTypes? KindOf(string path)
    {
        if (OperatingSystem.IsWindows() || !UnixTypesAvailable) return null;
        try
        {
            return new UnixFileInfo(path).FileType;
        }
        // A link to nothing, or a file removed meanwhile: opening it reports the problem.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    // Mono.Unix ships its native part for Linux (glibc) and macOS; elsewhere (e.g. musl) the type check is skipped and
    // only the bounded read protects the build.
    private static readonly bool UnixTypesAvailable = ProbeUnixTypes();

    private static bool ProbeUnixTypes()
    {
        try
        {
            _ = new UnixFileInfo(Path.GetTempPath()).FileType;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Describe(FileTypes kind) => kind switch
    {
        FileTypes.Fifo => "a FIFO (named pipe), not a regular file: reading it would wait for a writer forever",
        FileTypes.CharacterDevice => "a character device (like /dev/zero), not a regular file: it may never end",
        FileTypes.BlockDevice => "a block device (a disk), not a regular file",
        FileTypes.Socket => "a socket, not a regular file",
        FileTypes.Directory => "a folder, not a file",
        _ => $"a special file ({kind}), not a regular file",
    };

    private static InputFileException TooLarge(string path, long maxBytes, long? length = null) => new(path,
        (length is { } size ? string.Create(CultureInfo.InvariantCulture, $"is {size / (1024 * 1024)} MB") : "goes on past the limit")
        + string.Create(CultureInfo.InvariantCulture, $"; input files are limited to {maxBytes / (1024 * 1024)} MB, split it into smaller files"));
}

/// <summary>A file that is not read: not a regular file, or over the size limit. <see cref="Reason"/> says why, without the path.</summary>
public sealed class InputFileException(string path, string reason) : IOException($"{path} {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
