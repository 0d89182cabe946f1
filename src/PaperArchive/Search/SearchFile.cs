using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperArchive.Search;

/// <summary>A file of the search data: its site-relative path and bytes.</summary>
public sealed record SearchFile(string Path, byte[] Bytes)
{
    /// <summary>A name that changes whenever the bytes do, so browsers may cache the file forever.</summary>
    public static string ContentName(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + ".json";

    // Relaxed escaping keeps non-ASCII titles readable and small; the browser reads the data with textContent only.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.ToArray();
    }
}
