using System.Security.Cryptography;
using System.Text;

namespace PaperArchive.Files;

/// <summary>
/// A file whose first line names what it is, what it was made for and the SHA-256 of the body after it
/// (<c>kind\tcontext\thash\n</c>), written atomically. It is read back only when whole and made for the same kind
/// and context: a truncated, altered or foreign file is never trusted. The build cache's files and the site
/// journal are sealed files.
/// </summary>
public static class SealedFile
{
    public static void Write(string path, string kind, string context, ReadOnlySpan<byte> body, bool flushToDisk)
    {
        var header = Encoding.UTF8.GetBytes($"{kind}\t{context}\t{Convert.ToHexStringLower(SHA256.HashData(body))}\n");
        AtomicFile.Write(path, header, body, flushToDisk);
    }

    /// <summary>The body, or null when the file is missing, unreadable, not whole, or of another kind or context.</summary>
    public static ReadOnlyMemory<byte>? Read(string path, string kind, string context)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            bytes = InputFile.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        var headerEnd = Array.IndexOf(bytes, (byte)'\n');
        if (headerEnd < 0) return null;
        var header = Encoding.UTF8.GetString(bytes, 0, headerEnd).Split('\t');
        var body = bytes.AsMemory(headerEnd + 1);
        return header.Length == 3 && header[0] == kind && header[1] == context && header[2] == Convert.ToHexStringLower(SHA256.HashData(body.Span))
            ? body
            : null;
    }
}
