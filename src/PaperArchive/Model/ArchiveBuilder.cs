using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperArchive.Diagnostics;
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

        var keys = PaperKeys(appearances, diagnostics);
        var groups = new Dictionary<string, List<(Digest Digest, DigestEntry Entry)>>(StringComparer.Ordinal);
        for (var i = 0; i < appearances.Count; i++)
        {
            if (!groups.TryGetValue(keys[i], out var list)) groups[keys[i]] = list = [];
            list.Add(appearances[i]);
        }

        var papers = groups.Select(g => Merge(g.Key, g.Value)).ToList();
        papers = AssignSlugs(papers);
        var slugByKey = papers.ToDictionary(p => p.Key, p => p.Slug, StringComparer.Ordinal);

        // Days list their digests' entries in the order the appearances were made (dates ascending, then file), so
        // the n-th entry met here is appearance n.
        var next = 0;
        var days = ordered.GroupBy(d => d.Date).Select(group =>
        {
            var slugs = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var digest in group)
                foreach (var _ in digest.Entries)
                {
                    var slug = slugByKey[keys[next++]];
                    if (seen.Add(slug)) slugs.Add(slug);
                }
            return new Day(group.Key, [.. slugs], string.Join(", ", group.Select(d => Path.GetFileName(d.File))));
        }).ToImmutableArray();

        var sorted = papers.OrderBy(p => p.Slug, StringComparer.Ordinal).ToImmutableArray();
        return new Result(new Archive(sorted, days), diagnostics.ToImmutable());
    }

    private static string Place(Digest digest, DigestEntry entry) => Diagnostic.Place(digest.File, entry.Location);

    /// <summary>A paper being assembled: its key, where it was first listed, and the abstracts it has been listed with.</summary>
    private sealed class Candidate(string key, string firstPlace)
    {
        // Abstracts as written, one per identity; their identities are only made when a different text turns up
        // (most papers are listed once, or with the very same text).
        private readonly List<string> abstracts = [];
        private List<string>? identities;

        public string Key { get; } = key;
        public string FirstPlace { get; } = firstPlace;

        /// <summary>Whether a listing with this abstract can be this paper: either has none, or they say the same.</summary>
        public bool Agrees(string abstractText)
        {
            if (abstractText.Length == 0 || abstracts.Count == 0) return true;
            foreach (var known in abstracts)
                if (string.Equals(known, abstractText, StringComparison.Ordinal)) return true;
            identities ??= [.. abstracts.Select(EntryIdentity.Abstract)];
            return identities.Contains(EntryIdentity.Abstract(abstractText), StringComparer.Ordinal);
        }

        public void Add(string abstractText)
        {
            if (abstractText.Length == 0 || (abstracts.Count > 0 && Agrees(abstractText))) return;
            abstracts.Add(abstractText);
            identities?.Add(EntryIdentity.Abstract(abstractText));
        }
    }

    /// <summary>
    /// The identity key of every appearance, in order. The arXiv id decides when known. Without one, a listing joins a
    /// paper with the same title identity (<see cref="EntryIdentity.Title"/>) whose abstract does not contradict its
    /// own — papers known by arXiv id first (text digests carry no ids), then earlier title-only papers; with none, it
    /// is a paper of its own. No text is dropped without a warning naming both places.
    /// </summary>
    private static string[] PaperKeys(List<(Digest Digest, DigestEntry Entry)> appearances, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var byTitle = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        void Register(string titleIdentity, Candidate candidate)
        {
            if (!byTitle.TryGetValue(titleIdentity, out var list)) byTitle[titleIdentity] = list = [];
            if (!list.Contains(candidate)) list.Add(candidate);
        }

        // The identity of every title, made once: papers are compared by it many times.
        var titleIds = appearances.Select(a => EntryIdentity.Title(a.Entry.Title)).ToArray();

        // Papers with an arXiv id, under every title they were listed with; a second title or abstract is reported.
        var byArxiv = new Dictionary<string, (Candidate Paper, DigestEntry First, Digest Digest, string TitleId)>(StringComparer.Ordinal);
        for (var i = 0; i < appearances.Count; i++)
        {
            var (digest, entry) = appearances[i];
            if (entry.ArxivId is not { } id) continue;
            if (!byArxiv.TryGetValue(id, out var known))
            {
                byArxiv[id] = known = (new Candidate("arxiv:" + id, Place(digest, entry)), entry, digest, titleIds[i]);
            }
            else if (known.TitleId != titleIds[i])
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, digest.File, entry.Location,
                    $"arXiv {id} was listed as \"{known.First.Title}\" in {known.Digest.File} and here as \"{entry.Title}\"; both are kept as one paper under the latest title."));
            }
            if (!known.Paper.Agrees(entry.Abstract))
                diagnostics.Add(new Diagnostic(Severity.Warning, digest.File, entry.Location,
                    $"arXiv {id} has a different abstract here than at {known.Paper.FirstPlace}; it is one paper (the same arXiv id), and the page shows the latest abstract."));
            known.Paper.Add(entry.Abstract);
            Register(titleIds[i], known.Paper);
        }

        var keys = new string[appearances.Count];
        for (var i = 0; i < appearances.Count; i++)
        {
            var (digest, entry) = appearances[i];
            if (entry.ArxivId is { } id) { keys[i] = "arxiv:" + id; continue; }
            var title = titleIds[i];
            var sameTitle = byTitle.GetValueOrDefault(title) ?? [];
            var agreeing = sameTitle.Where(c => c.Agrees(entry.Abstract)).ToList();
            Candidate paper;
            if (agreeing.Count > 0)
            {
                paper = agreeing[0];
                if (agreeing.Count > 1)
                    diagnostics.Add(new Diagnostic(Severity.Warning, digest.File, entry.Location,
                        $"\"{entry.Title}\" has no arXiv id and could be any of {agreeing.Count} papers with this title ({string.Join(", ", agreeing.Select(c => c.FirstPlace))}); it was counted as the first. Give it its arXiv id."));
            }
            else
            {
                // The first title-only paper with this title keeps the plain key (and so its slug); a later one with a
                // different abstract is told apart by its abstract.
                var key = sameTitle.Any(c => c.Key == "title:" + title)
                    ? $"title:{title} abstract:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(EntryIdentity.Abstract(entry.Abstract))))[..16]}"
                    : "title:" + title;
                paper = new Candidate(key, Place(digest, entry));
                if (sameTitle.Count > 0)
                    diagnostics.Add(new Diagnostic(Severity.Warning, digest.File, entry.Location,
                        $"\"{entry.Title}\" has the same title as the paper at {sameTitle[0].FirstPlace} but a different abstract, so they are two papers, each with its own page. If they are one paper, give both listings its arXiv id or the same abstract."));
                Register(title, paper);
            }
            paper.Add(entry.Abstract);
            keys[i] = paper.Key;
        }
        return keys;
    }

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
}
