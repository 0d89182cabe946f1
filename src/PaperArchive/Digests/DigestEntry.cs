using System.Collections.Immutable;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>One paper as one digest lists it, before papers from all digests are merged.</summary>
public sealed record DigestEntry
{
    public required string Title { get; init; }
    public required string Abstract { get; init; }
    /// <summary>Line (or JSON path) where the entry starts, for messages.</summary>
    public required string Location { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public string? ArxivId { get; init; }
    public ImmutableArray<PaperLink> Links { get; init; } = [];
    public int? Upvotes { get; init; }
    public DateOnly? Published { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];

    // Carried from the daily-papers API as plain data (pages may show them later); absent in text and Markdown.
    public int? NumComments { get; init; }
    public int? GithubStars { get; init; }
    public string? Thumbnail { get; init; }
    public string? AiSummary { get; init; }
}

/// <summary>A digest file, read: its day and its entries in order.</summary>
public sealed record Digest(string File, DateOnly Date, ImmutableArray<DigestEntry> Entries);

/// <summary>What reading one file gave: the digest (null when it could not be read) and what was noticed.</summary>
public sealed record DigestReadResult(Digest? Digest, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Failed => Digest is null || Diagnostics.Any(d => d.Severity == Severity.Error);
}
