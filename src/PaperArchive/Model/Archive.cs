using System.Collections.Immutable;

namespace PaperArchive.Model;

/// <summary>The whole archive: every paper (sorted by slug, ordinal) and every day (ascending).</summary>
public sealed class Archive
{
    private readonly Dictionary<string, Paper> bySlug;
    private readonly Dictionary<string, Tag> tagBySlug;

    public Archive(ImmutableArray<Paper> papers, ImmutableArray<Day> days, ImmutableArray<Tag> tags = default)
    {
        Papers = papers;
        Days = days;
        Tags = tags.IsDefault ? [] : tags;
        tagBySlug = Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        bySlug = papers.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    }

    public ImmutableArray<Paper> Papers { get; }
    public ImmutableArray<Day> Days { get; }
    /// <summary>Every tag papers may carry (the vocabulary), in display order.</summary>
    public ImmutableArray<Tag> Tags { get; }

    public Paper this[string slug] => bySlug[slug];
    public bool TryGet(string slug, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Paper? paper) => bySlug.TryGetValue(slug, out paper);

    /// <summary>The tag with this slug; an unknown slug shows as itself rather than failing the build.</summary>
    public Tag TagOf(string slug) => tagBySlug.TryGetValue(slug, out var tag) ? tag : new Tag(slug, slug, "");

    /// <summary>The same archive with papers (and optionally tags) replaced, e.g. after tagging; days are unchanged.</summary>
    public Archive WithPapers(ImmutableArray<Paper> papers, ImmutableArray<Tag> tags = default) => new(papers, Days, tags.IsDefault ? Tags : tags);
}
