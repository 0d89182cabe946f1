using System.Collections.Immutable;
using System.Text.Json;
using PaperArchive.Digests;
using PaperArchive.Files;

namespace PaperArchive.Incremental;

/// <summary>
/// Reads a digest folder through the cache: a file whose bytes (and path, and the reader's code) are unchanged
/// is not parsed again; its read result — digest and diagnostics — comes from the cache.
/// </summary>
public static class CachedDigestReader
{
    private const string Kind = "digests";

    public static (ImmutableArray<DigestReadResult> Results, int Parsed) ReadFolder(string folder, CacheStore? store)
    {
        if (store is null)
        {
            var all = DigestReader.ReadFolder(folder);
            return (all, all.Length);
        }
        var files = DigestReader.DigestFiles(folder);
        var results = new DigestReadResult[files.Length];
        var parsed = 0;
        Parallel.For(0, files.Length, i =>
        {
            byte[] bytes;
            try { bytes = InputFile.ReadAllBytes(files[i]); }
            // Unreadable, not a regular file or over the size limit: the reader reports it with the file named; nothing to cache.
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { results[i] = DigestReader.ReadIsolated(files[i]); return; }
            var key = ContentHash.Of(ContentHash.CodeVersion, Kind, files[i], ContentHash.Of(bytes));
            if (Deserialize(store.Get(Kind, key)) is { } cached) { results[i] = cached; return; }
            // The bytes just hashed are the ones read: the file is not read twice.
            results[i] = DigestReader.ReadIsolated(files[i], bytes);
            Interlocked.Increment(ref parsed);
            store.Put(Kind, key, JsonSerializer.SerializeToUtf8Bytes(results[i], DigestCacheJson.Default.DigestReadResult));
        });
        return ([.. results], parsed);
    }

    public static IEnumerable<string> StoreKinds => [Kind];

    private static DigestReadResult? Deserialize(byte[]? bytes)
    {
        if (bytes is null) return null;
        try { return JsonSerializer.Deserialize(bytes, DigestCacheJson.Default.DigestReadResult); }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException) { return null; }
    }
}

/// <summary>
/// Serialisation of cached read results, generated at compile time: reflection-based JSON spends most of a short
/// build process's time on first use (building its metadata), and an incremental build reads hundreds of entries.
/// </summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(DigestReadResult))]
internal sealed partial class DigestCacheJson : System.Text.Json.Serialization.JsonSerializerContext;
