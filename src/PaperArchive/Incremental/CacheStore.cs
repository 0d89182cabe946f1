using System.Collections.Concurrent;
using PaperArchive.Files;

namespace PaperArchive.Incremental;

/// <summary>
/// A persisted key → bytes store, one file per entry under <c>&lt;root&gt;/&lt;kind&gt;/&lt;2 hex&gt;/&lt;key&gt;</c>.
/// Each entry is a <see cref="SealedFile"/> (its kind, its key and the SHA-256 of its payload in the header, written
/// atomically), so a truncated, corrupt or misplaced file is a miss, never trusted, and a reader never sees half an
/// entry. Entries not used by a build are pruned at its end, so the cache does not grow without bound.
/// </summary>
public sealed class CacheStore
{
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
        return SealedFile.Read(path, kind, key)?.ToArray();
    }

    public void Put(string kind, string key, ReadOnlySpan<byte> payload)
    {
        var path = PathOf(kind, key);
        used.TryAdd(path, 0);
        try
        {
            SealedFile.Write(path, kind, key, payload, flushToDisk: false);
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
