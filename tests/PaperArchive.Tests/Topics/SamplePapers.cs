using System.Collections.Immutable;
using System.Text;
using PaperArchive.Model;
using PaperArchive.Topics;

namespace PaperArchive.Tests.Topics;

/// <summary>
/// TEST-ONLY loader for the sample digest and the vocabulary; replace with the real digest reader once it
/// lands. Format assumed: header lines up to and including "Mar 11", then title paragraph / abstract
/// paragraph pairs separated by blank lines. Slug: lowercase ASCII letters/digits joined by '-'.
/// </summary>
internal static class SamplePapers
{
    private static readonly DateOnly SampleDay = new(2025, 3, 11);
    private static readonly Lazy<ImmutableArray<Paper>> Cached = new(() => Parse(File.ReadAllLines(RepoFile("input", "digests", "2025-03-11.txt"))));
    private static readonly Lazy<TagVocabulary> CachedVocabulary = new(() => TagVocabulary.Load(RepoFile("input", "tags.yml")));

    public static ImmutableArray<Paper> All => Cached.Value;
    public static TagVocabulary Vocabulary => CachedVocabulary.Value;

    public static Paper ByTitle(string title) => All.Single(p => p.Title == title);

    public static Paper Make(string title, string abstractText, params string[] sourceTags) => new()
    {
        Key = "title:" + Slugify(title),
        Slug = Slugify(title),
        Title = title,
        Abstract = abstractText,
        Days = [SampleDay],
        SourceTags = [.. sourceTags],
    };

    public static string Slugify(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Path of a file under the repository root, found by walking up from the test binaries.</summary>
    public static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"No {Path.Combine(parts)} above {AppContext.BaseDirectory}");
    }

    private static ImmutableArray<Paper> Parse(string[] lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.SkipWhile(l => l.Trim() != "Mar 11").Skip(1))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
            else current.Add(line.Trim());
        }
        if (current.Count > 0) paragraphs.Add(string.Join(' ', current));
        return [.. paragraphs.Chunk(2).Where(pair => pair.Length == 2).Select(pair => Make(pair[0], pair[1]))];
    }
}
