namespace PaperArchive.Search;

/// <summary>
/// How the search files are cut. Sizes are estimated JSON bytes before compression (gzip shrinks shards ~4×);
/// the defaults give shards of ~25 KB gzipped on a 20,000-paper archive (see docs/search.md).
/// </summary>
public sealed record SearchOptions
{
    /// <summary>Below this estimated size the whole index is one shard: small archives load one file.</summary>
    public int SingleShardBelowBytes { get; init; } = 1024 * 1024;

    /// <summary>Target estimated size of a shard; a term bigger than this gets a shard of its own.</summary>
    public int ShardTargetBytes { get; init; } = 96 * 1024;

    /// <summary>A term whose postings would take more than this in a shard gets a compact file of its own.</summary>
    public int CommonTermBytes { get; init; } = 48 * 1024;

    /// <summary>
    /// Papers per display chunk (consecutive document numbers). The results of a page hit about one chunk each, so a page
    /// downloads ~20 chunks whatever their size: 4 papers keep the first page's display data at ~14 KB gzipped (16 papers:
    /// ~38 KB) for 0.25 chunk files a paper (see docs/search.md).
    /// </summary>
    public int PapersPerChunk { get; init; } = 4;

    /// <summary>
    /// Consecutive display chunks named by one content hash (<see cref="DisplayChunks.GroupName"/>): 64 chunks of 4 papers,
    /// so the manifest lists one name per 256 papers, and a new day renames the chunks of the last group or two.
    /// </summary>
    public int ChunksPerGroup { get; init; } = 64;

    /// <summary>
    /// Consecutive documents per catalogue facts file (upvotes, days trended): a sort by upvotes over the whole archive
    /// reads them all, one over a few months one or two.
    /// </summary>
    public int PapersPerFactsFile { get; init; } = 4096;

    /// <summary>Characters of abstract shown under a result.</summary>
    public int ExcerptLength { get; init; } = 200;

    public static SearchOptions Default { get; } = new();
}
