using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using PaperArchive.Lunr;

namespace PaperArchive.Model;

/// <summary>An author with a page: the name as most often written, and their papers newest first (by first day trended).</summary>
public sealed record Author(string Slug, string Name, ImmutableArray<Paper> Papers);

/// <summary>
/// The authors who get a page: those with the site's <c>authorPageMinPapers</c> or more papers (docs/reader.md,
/// "Author pages: the decision"). The data has no author ids, so a name is the identity: names with the same slug
/// (case and accents aside) are one author. Made once per archive and threshold.
/// </summary>
public static class Authors
{
    private static readonly ConditionalWeakTable<Archive, StrongBox<AuthorIndex?>> Cache = new();

    /// <summary>
    /// The index of an archive, made once: every page pipeline asks for it as it starts, at the same moment, and
    /// without the lock each made its own (a tenth of a real-shaped build's CPU went there).
    /// </summary>
    public static AuthorIndex Of(Archive archive, int minPapers)
    {
        var box = Cache.GetValue(archive, _ => new StrongBox<AuthorIndex?>());
        lock (box)
        {
            if (box.Value is { } index && index.MinPapers == minPapers) return index;
            return box.Value = Build(archive, minPapers);
        }
    }

    /// <summary>The slug of a name: its ASCII letters and digits (accents folded); a name with none is named by a hash.</summary>
    public static string SlugOf(string name)
    {
        var slug = Slugs.FromTitle(name, "");
        return slug.Length > 0 ? slug : "author-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(UnicodeNormalization.Nfc(name))))[..8];
    }

    private static AuthorIndex Build(Archive archive, int minPapers)
    {
        var papersBySlug = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        var slugByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        // Newest first by the day a paper first trended, then digest order: the order of the site's feeds.
        for (var d = archive.Days.Length - 1; d >= 0; d--)
        {
            var day = archive.Days[d];
            foreach (var paperSlug in day.PaperSlugs)
            {
                if (!archive.TryGet(paperSlug, out var paper) || paper.FirstDay != day.Date) continue;
                foreach (var name in paper.Authors)
                {
                    if (!slugByName.TryGetValue(name, out var slug)) slugByName[name] = slug = SlugOf(name);
                    if (!papersBySlug.TryGetValue(slug, out var list)) papersBySlug[slug] = list = [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], paper)) list.Add(paper);
                    if (!spellings.TryGetValue(slug, out var names)) spellings[slug] = names = new(StringComparer.Ordinal);
                    names[name] = names.GetValueOrDefault(name) + 1;
                }
            }
        }
        var authors = papersBySlug.Where(e => e.Value.Count >= minPapers)
            .Select(e => new Author(e.Key,
                spellings[e.Key].OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, [.. e.Value]))
            .OrderBy(a => a.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        var bySlug = authors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var pageByName = new Dictionary<string, Author?>(slugByName.Count, StringComparer.Ordinal);
        foreach (var (name, slug) in slugByName) pageByName[name] = bySlug.GetValueOrDefault(slug);
        return new AuthorIndex(authors, minPapers, bySlug, pageByName);
    }
}

/// <summary>The archive's authors with pages, and the lookup from a name as written to its page.</summary>
public sealed class AuthorIndex(ImmutableArray<Author> all, int minPapers, Dictionary<string, Author> bySlug, Dictionary<string, Author?> pageByName)
{
    /// <summary>The fewest papers an author with a page has.</summary>
    public int MinPapers { get; } = minPapers;

    public ImmutableArray<Author> All { get; } = all;

    /// <summary>The author page of a name as a paper lists it, or null when the name has none (fewer papers than <see cref="MinPapers"/>).</summary>
    /// <remarks>Looked up by the name as written (every row asks for every name), so no name is folded twice.</remarks>
    public Author? PageOf(string name) =>
        pageByName.TryGetValue(name, out var author) ? author : bySlug.GetValueOrDefault(Authors.SlugOf(name));
}
