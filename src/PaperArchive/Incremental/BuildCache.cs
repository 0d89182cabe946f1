using System.Text.Json;
using PaperArchive.Digests;
using PaperArchive.Settings;

namespace PaperArchive.Incremental;

/// <summary>
/// The cache of one build: digest reads and page renders, keyed by content hashes, persisted in a folder
/// (by default <c>.paperarchive/cache/&lt;input name&gt;/</c> beside the input folder). Without a folder it
/// caches nothing and only counts the work done.
/// </summary>
public sealed class BuildCache
{
    private readonly CacheStore? store;

    private BuildCache(CacheStore? store, string layoutEnvironment)
    {
        this.store = store;
        Render = new RenderCache(store, layoutEnvironment);
    }

    public RenderCache Render { get; }
    public int DigestsParsed { get; private set; }

    /// <summary>The default cache folder of an input folder: beside it, git-ignored.</summary>
    public static string DefaultFolder(string inputFolder)
    {
        var input = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(input) ?? input, ".paperarchive", "cache", Path.GetFileName(input));
    }

    /// <param name="folder">The cache folder, or null for no cache.</param>
    /// <param name="clean">Ignore what is cached (and rewrite it).</param>
    public static BuildCache Open(string? folder, bool clean, string themeFolder, SiteSettings settings)
    {
        var environment = ContentHash.Of(ContentHash.CodeVersion,
            ContentHash.OfFolder(Path.Combine(themeFolder, "layouts")), JsonSerializer.Serialize(settings));
        return new BuildCache(folder is null ? null : new CacheStore(folder, readExisting: !clean), environment);
    }

    public System.Collections.Immutable.ImmutableArray<DigestReadResult> ReadDigests(string folder)
    {
        var (results, parsed) = CachedDigestReader.ReadFolder(folder, store);
        DigestsParsed = parsed;
        return results;
    }

    /// <summary>After a successful build: forget entries this build did not use.</summary>
    public void Complete() => store?.Prune([.. CachedDigestReader.StoreKinds, .. Render.StoreKinds]);
}
