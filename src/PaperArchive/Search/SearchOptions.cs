namespace PaperArchive.Search;

/// <summary>
/// How the search files are cut. Sizes are estimated JSON bytes before compression (gzip shrinks lunr JSON
/// about 4–5×); the defaults keep a one-word query under ~200 KB gzipped on a 20,000-paper archive.
/// </summary>
public sealed record SearchOptions
{
    /// <summary>Below this estimated size the whole index is one shard: small archives load one file.</summary>
    public int SingleShardBelowBytes { get; init; } = 1024 * 1024;

    /// <summary>Target estimated size of a shard; a term bigger than this gets a shard of its own.</summary>
    public int ShardTargetBytes { get; init; } = 384 * 1024;

    /// <summary>Papers per display chunk, on average. Results of a page hit about one chunk each, so keep them small.</summary>
    public int PapersPerChunk { get; init; } = 16;

    /// <summary>Characters of abstract shown under a result.</summary>
    public int ExcerptLength { get; init; } = 200;

    public static SearchOptions Default { get; } = new();
}
