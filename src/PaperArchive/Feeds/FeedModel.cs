using System.Collections.Immutable;

namespace PaperArchive.Feeds;

/// <summary>
/// One entry of a feed, independent of format. <see cref="Summary"/> is plain text; each writer escapes it the
/// way its format needs. <see cref="ContentHtml"/>, when set, is trusted HTML built by this program.
/// </summary>
public sealed record FeedItem
{
    /// <summary>Absolute permalink; also the item's guid/id, so ids are stable and unique.</summary>
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? ContentHtml { get; init; }
    public required DateTimeOffset Published { get; init; }
    /// <summary>The first <see cref="FeedChannels.AuthorsListed"/> authors; <see cref="AuthorsLeftOut"/> says how many more there are.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];
    public int AuthorsLeftOut { get; init; }
    /// <summary>The paper's own page elsewhere (its arXiv abstract page), when known: JSON Feed <c>external_url</c>, a related link.</summary>
    public string? ExternalUrl { get; init; }
    /// <summary>The paper's PDF (on arXiv), when known.</summary>
    public string? PdfUrl { get; init; }
    /// <summary>Category names as readers see them (tag names, not slugs).</summary>
    public ImmutableArray<string> Categories { get; init; } = [];
}

/// <summary>
/// A feed, independent of format: what it is about, where its home page is, and its items newest first.
/// <see cref="Updated"/> is derived from the items, never the build time, so builds are byte-identical.
/// </summary>
public sealed record FeedChannel
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>Absolute URL of the HTML page this feed follows.</summary>
    public required string HomeUrl { get; init; }
    public required string Language { get; init; }
    /// <summary>Who the feed is by; Atom needs an author wherever an entry has none.</summary>
    public required string Author { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required ImmutableArray<FeedItem> Items { get; init; }
}

/// <summary>
/// Writes a channel in one format, with <paramref name="selfUrl"/> as the feed's own address. Every format's writer
/// (<see cref="RssFeedWriter.Write"/>, <see cref="AtomFeedWriter.Write"/>, <see cref="JsonFeedWriter.Write"/>) has
/// this shape, so a page kind with a feed picks a writer and hands it to <see cref="FeedBudget.Write"/>.
/// </summary>
public delegate string FeedWriter(FeedChannel channel, string selfUrl);
