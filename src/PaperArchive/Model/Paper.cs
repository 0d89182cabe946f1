using System.Collections.Immutable;
using PaperArchive.Digests;

namespace PaperArchive.Model;

/// <summary>
/// One real paper, however many days it trended. Built from one or more <see cref="Digests.DigestEntry"/>s.
/// Optional fields are empty (never null collections) so pages render the same way with or without them.
/// </summary>
public sealed record Paper
{
    /// <summary>
    /// Identity key: <c>arxiv:ID</c> when the arXiv id is known, else <c>title:</c> and the title's identity
    /// (<see cref="Digests.EntryIdentity.Title"/>), followed by <c> abstract:</c> and a hash of the abstract for a later
    /// paper with the same title but another abstract.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>URL slug: the page lives at <c>/papers/{Slug}/</c>.</summary>
    public required string Slug { get; init; }

    public required string Title { get; init; }
    public required string Abstract { get; init; }

    /// <summary>Every day the paper trended, ascending.</summary>
    public required ImmutableArray<DateOnly> Days { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];
    public string? ArxivId { get; init; }
    public ImmutableArray<PaperLink> Links { get; init; } = [];
    public int? Upvotes { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>Comments on the paper's daily-papers page (the highest count seen).</summary>
    public int? NumComments { get; init; }
    /// <summary>Stars of its code repository (the highest count seen).</summary>
    public int? GithubStars { get; init; }
    /// <summary>A preview image URL (http/https).</summary>
    public string? Thumbnail { get; init; }
    /// <summary>The API's machine-written one-line summary (not the abstract).</summary>
    public string? AiSummary { get; init; }

    /// <summary>Tags the digest itself gave (Markdown <c>tags:</c>, HF <c>ai_keywords</c>), as written.</summary>
    public ImmutableArray<string> SourceTags { get; init; } = [];

    /// <summary>Topic tag slugs, best first (filled by tagging).</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Slugs of related papers, most similar first (filled by related-paper ranking).</summary>
    public ImmutableArray<string> Related { get; init; } = [];

    public DateOnly FirstDay => Days[0];
    public DateOnly LastDay => Days[^1];
}
