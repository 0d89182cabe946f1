using System.Collections.Immutable;
using PaperArchive.Digests;
using PaperArchive.Model;
using PaperArchive.Tests.Support;
using PaperArchive.Topics;

namespace PaperArchive.Tests.Topics;

/// <summary>The sample digest's papers (read by the real reader and merged as a build does) and the shipped vocabulary.</summary>
internal static class SamplePapers
{
    private static readonly Lazy<ImmutableArray<Paper>> Cached = new(() =>
    {
        var read = DigestReader.Read(RepoPaths.SampleDigest);
        // Digest order, as a reader of the sample sees it.
        var archive = ArchiveBuilder.Build([read.Digest!]).Archive;
        return [.. archive.Days.Single().PaperSlugs.Select(slug => archive[slug])];
    });
    private static readonly Lazy<TagVocabulary> CachedVocabulary = new(() => TagVocabulary.Load(Path.Combine(RepoPaths.Input, "tags.yml")));

    public static ImmutableArray<Paper> All => Cached.Value;
    public static TagVocabulary Vocabulary => CachedVocabulary.Value;

    public static Paper ByTitle(string title) => All.Single(p => p.Title == title);

    public static Paper Make(string title, string abstractText, params string[] sourceTags) => new()
    {
        Key = "title:" + PaperArchive.Digests.EntryIdentity.Title(title),
        Slug = Slugs.FromTitle(title),
        Title = title,
        Abstract = abstractText,
        Days = [new DateOnly(2025, 3, 11)],
        SourceTags = [.. sourceTags],
    };
}
