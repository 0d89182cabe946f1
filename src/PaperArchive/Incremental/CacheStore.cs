using System.Collections.Concurrent;
using System.Security.Cryptography;
using PaperArchive.Files;

namespace PaperArchive.Incremental;

/// <summary>
/// A persisted key → bytes store, one file per entry under <c>&lt;root&gt;/&lt;kind&gt;/&lt;2 hex&gt;/&lt;key&gt;</c>.
/// Each entry starts with the SHA-256 of its payload, so a truncated or corrupt file is detected and treated
/// as a miss, never trusted. Writes go to a temporary file that is renamed into place, so a reader never sees
/// half an entry. Entries not used by a build are pruned at its end, so the cache does not grow without bound.
/// </summary>
public sealed class CacheStore
{
    private const int HashLength = 32;
    private readonly string root;
    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);

    /// <param name="root">The cache folder.</param>
    /// <param name="readExisting">False for a clean build: every lookup misses, and entries are rewritten.</param>
    public CacheStore(string root, bool readExisting = true)
    {
        this.root = Path.GetFullPath(root);
        ReadExisting = readExisting;
    }

    public bool ReadExisting { get; }

    public byte[]? Get(string kind, string key)
    {
        var path = PathOf(kind, key);
        used.TryAdd(path, 0);
        if (!ReadExisting) return null;
        byte[] entry;
        try { entry = InputFile.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (entry.Length < HashLength) return null;
        var payload = entry.AsSpan(HashLength);
        return SHA256.HashData(payload).AsSpan().SequenceEqual(entry.AsSpan(0, HashLength)) ? payload.ToArray() : null;
    }

    public void Put(string kind, string key, ReadOnlySpan<byte> payload)
    {
        var path = PathOf(kind, key);
        used.TryAdd(path, 0);
        try
        {
            AtomicFile.Write(path, SHA256.HashData(payload), payload, flushToDisk: false);
        }
        // The cache only saves time: a full disk or a racing writer must not fail the build.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Deletes entries of these kinds that this build did not use (and stray temporary files).</summary>
    public int Prune(params string[] kinds)
    {
        var deleted = 0;
        foreach (var kind in kinds)
        {
            var folder = Path.Combine(root, kind);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
            {
                if (used.ContainsKey(file)) continue;
                try { File.Delete(file); deleted++; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
        return deleted;
    }

    private string PathOf(string kind, string key) => Path.Combine(root, kind, key[..2], key);
}
