using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperArchive.Digests;

namespace PaperArchive.Model;

/// <summary>
/// Merges digests into one archive: one <see cref="Paper"/> per real paper however many days it trended,
/// one <see cref="Day"/> per digest. Pure: same digests (in any order) → same archive.
/// </summary>
public static class ArchiveBuilder
{
    public sealed record Result(Archive Archive, ImmutableArray<Diagnostic> Diagnostics);

    public static Result Build(IEnumerable<Digest> digests)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        // Digests sorted by date then file so "first seen" and "latest" are well defined.
        var ordered = digests.OrderBy(d => d.Date).ThenBy(d => d.File, StringComparer.Ordinal).ToList();

        // Two digests for the same day are merged into one day (their papers in file order).
        var appearances = new List<(Digest Digest, DigestEntry Entry)>();
        foreach (var digest in ordered)
            foreach (var entry in digest.Entries)
                appearances.Add((digest, entry));

        // Identity: the arXiv id when known, else the normalised title. A title-only entry whose title matches
        // a paper known by arXiv id is the same paper (text digests carry no ids).
        var keyByTitle = new Dictionary<string, string>(StringComparer.Ordinal);
        var titleByArxiv = new Dictionary<string, (string Title, Digest Digest, DigestEntry Entry)>(StringComparer.Ordinal);
        foreach (var (digest, entry) in appearances)
        {
            if (entry.ArxivId is not { } id) continue;
            var titleKey = NormaliseTitle(entry.Title);
            keyByTitle.TryAdd(titleKey, "arxiv:" + id);
            if (titleByArxiv.TryGetValue(id, out var first) && NormaliseTitle(first.Title) != titleKey)
                diagnostics.Add(new Diagnostic(Severity.Warning, digest.File, entry.Location,
                    $"arXiv {id} was listed as \"{first.Title}\" in {first.Digest.File} and here as \"{entry.Title}\"; both are kept as one paper under the latest title."));
            else titleByArxiv.TryAdd(id, (entry.Title, digest, entry));
        }

        var groups = new Dictionary<string, List<(Digest Digest, DigestEntry Entry)>>(StringComparer.Ordinal);
        foreach (var appearance in appearances)
        {
            var entry = appearance.Entry;
            var key = entry.ArxivId is { } id ? "arxiv:" + id
                : keyByTitle.GetValueOrDefault(NormaliseTitle(entry.Title)) ?? "title:" + NormaliseTitle(entry.Title);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(appearance);
        }

        var papers = groups.Select(g => Merge(g.Key, g.Value)).ToList();
        papers = AssignSlugs(papers);
        var slugByKey = papers.ToDictionary(p => p.Key, p => p.Slug, StringComparer.Ordinal);

        var days = ordered.GroupBy(d => d.Date).Select(group =>
        {
            var slugs = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var digest in group)
                foreach (var entry in digest.Entries)
                {
                    var slug = slugByKey[KeyOf(entry, keyByTitle)];
                    if (seen.Add(slug)) slugs.Add(slug);
                }
            return new Day(group.Key, [.. slugs], string.Join(", ", group.Select(d => Path.GetFileName(d.File))));
        }).ToImmutableArray();

        var sorted = papers.OrderBy(p => p.Slug, StringComparer.Ordinal).ToImmutableArray();
        return new Result(new Archive(sorted, days), diagnostics.ToImmutable());
    }

    private static string KeyOf(DigestEntry entry, Dictionary<string, string> keyByTitle) =>
        entry.ArxivId is { } id ? "arxiv:" + id
        : keyByTitle.GetValueOrDefault(NormaliseTitle(entry.Title)) ?? "title:" + NormaliseTitle(entry.Title);

    /// <summary>One paper from all its appearances: the latest appearance speaks for text, richer fields are unioned.</summary>
    private static Paper Merge(string key, List<(Digest Digest, DigestEntry Entry)> appearances)
    {
        var latest = appearances[^1].Entry;
        var withAbstract = appearances.LastOrDefault(a => a.Entry.Abstract.Length > 0).Entry ?? latest;
        var withAuthors = appearances.LastOrDefault(a => a.Entry.Authors.Length > 0).Entry;
        return new Paper
        {
            Key = key,
            Slug = "",
            Title = latest.Title,
            Abstract = withAbstract.Abstract,
            Days = [.. appearances.Select(a => a.Digest.Date).Distinct().Order()],
            Authors = withAuthors?.Authors ?? [],
            ArxivId = appearances.Select(a => a.Entry.ArxivId).LastOrDefault(id => id is not null),
            Links = [.. appearances.SelectMany(a => a.Entry.Links).DistinctBy(l => l.Url, StringComparer.Ordinal)],
            Upvotes = appearances.Max(a => a.Entry.Upvotes),
            Published = appearances.Select(a => a.Entry.Published).LastOrDefault(d => d is not null),
            SourceTags = [.. appearances.SelectMany(a => a.Entry.Tags).Distinct(StringComparer.OrdinalIgnoreCase)],
            NumComments = appearances.Max(a => a.Entry.NumComments),
            GithubStars = appearances.Max(a => a.Entry.GithubStars),
            Thumbnail = appearances.Select(a => a.Entry.Thumbnail).LastOrDefault(t => t is not null),
            AiSummary = appearances.Select(a => a.Entry.AiSummary).LastOrDefault(t => t is not null),
        };
    }

    /// <summary>
    /// Gives each paper its slug. On a clash the paper that trended first (then by key) keeps the plain slug and
    /// the others get a suffix derived from their own identity, so a paper's URL never changes when others arrive.
    /// </summary>
    private static List<Paper> AssignSlugs(List<Paper> papers)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Paper>(papers.Count);
        foreach (var paper in papers.OrderBy(p => p.FirstDay).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var slug = Slugs.FromTitle(paper.Title);
            if (!taken.Add(slug))
            {
                var suffixed = $"{slug}-{Slugs.DisambiguationSuffix(paper)}";
                slug = suffixed;
                for (var n = 2; !taken.Add(slug); n++) slug = suffixed + "-" + n.ToString(CultureInfo.InvariantCulture);
            }
            result.Add(paper with { Slug = slug });
        }
        return result;
    }

    /// <summary>Title identity: case, accents, punctuation and spacing do not make a different paper.</summary>
    public static string NormaliseTitle(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) space = true;
        }
        return builder.ToString();
    }
}
