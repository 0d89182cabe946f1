using System.Text.Json;
using PaperArchive.Digests;
using PaperArchive.Settings;
using PaperArchive.TeX;
using PaperArchive.Topics;

namespace PaperArchive.Incremental;

/// <summary>
/// The cache of one build, persisted in a folder (by default <c>.paperarchive/cache/&lt;input name&gt;/</c>
/// beside the input folder): digest read results keyed by the files' bytes and papers' tags. Pages are reused
/// through the output's manifest (kept beside the output, which it describes). Without a folder it caches nothing.
/// </summary>
public sealed class BuildCache
{
    private readonly CacheStore? store;
    private readonly string? folder;

    private BuildCache(string? folder, CacheStore? store, PageReuse? pages, TagCache tags)
    {
        this.folder = folder;
        this.store = store;
        Pages = pages;
        Tags = tags;
    }

    /// <summary>The tags of papers whose text has not changed since the last build.</summary>
    public TagCache Tags { get; }

    /// <summary>Fingerprints pages and tells which can be reused; null when the build has no cache folder.</summary>
    public PageReuse? Pages { get; }

    public int DigestsParsed { get; private set; }

    /// <summary>Formulas rendered by earlier builds; null when the build has no cache folder.</summary>
    public IFormulaStore? Formulas => store is null ? null : new FormulaCache(store);

    /// <summary>The default cache folder of an input folder: beside it, git-ignored.</summary>
    public static string DefaultFolder(string inputFolder)
    {
        var input = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(input) ?? input, ".paperarchive", "cache", Path.GetFileName(input));
    }

    /// <param name="folder">The cache folder, or null for no cache.</param>
    /// <param name="clean">Ignore what is cached (and rewrite it).</param>
    /// <param name="previousOutput">The manifest of the site now in the output, whose pages may be reused.</param>
    public static BuildCache Open(string? folder, bool clean, string themeFolder, SiteSettings settings, OutputManifest? previousOutput, TagVocabulary vocabulary)
    {
        var tags = TagCache.Open(folder, readExisting: !clean, vocabulary);
        if (folder is null) return new BuildCache(null, null, null, tags);
        // What every page depends on beyond itself: the code, the theme's layouts and the settings.
        var environment = ContentHash.Of(ContentHash.CodeVersion,
            ContentHash.OfFolder(Path.Combine(themeFolder, "layouts")), JsonSerializer.Serialize(settings));
        return new BuildCache(folder, new CacheStore(folder, readExisting: !clean), new PageReuse(clean ? null : previousOutput, environment), tags);
    }

    public System.Collections.Immutable.ImmutableArray<DigestReadResult> ReadDigests(string digestFolder)
    {
        var (results, parsed) = CachedDigestReader.ReadFolder(digestFolder, store);
        DigestsParsed = parsed;
        return results;
    }

    /// <summary>
    /// After the site is written: save the tags and forget cache entries this build did not use. The cache only
    /// saves time, so a cache that cannot be saved does not fail a build whose site is written: the problem is
    /// returned, for a warning.
    /// </summary>
    public string? Complete()
    {
        if (folder is null) return null;
        try
        {
            Tags.Save();
            store?.Prune([.. CachedDigestReader.StoreKinds, FormulaCache.Kind]);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the build cache could not be saved ({e.Message}); the site is written, and the next build will do more work.";
        }
    }
}
