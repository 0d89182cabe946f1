using System.Collections.Immutable;
using System.Text.Json;
using PaperArchive.Digests;

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
            var key = ContentHash.Of(ContentHash.CodeVersion, Kind, files[i], ContentHash.Of(File.ReadAllBytes(files[i])));
            if (Deserialize(store.Get(Kind, key)) is { } cached) { results[i] = cached; return; }
            results[i] = DigestReader.ReadIsolated(files[i]);
            Interlocked.Increment(ref parsed);
            store.Put(Kind, key, JsonSerializer.SerializeToUtf8Bytes(results[i]));
        });
        return ([.. results], parsed);
    }

    public static IEnumerable<string> StoreKinds => [Kind];

    private static DigestReadResult? Deserialize(byte[]? bytes)
    {
        if (bytes is null) return null;
        try { return JsonSerializer.Deserialize<DigestReadResult>(bytes); }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException) { return null; }
    }
}
