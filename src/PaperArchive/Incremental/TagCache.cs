using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using PaperArchive.Files;
using PaperArchive.Model;
using PaperArchive.Topics;

namespace PaperArchive.Incremental;

/// <summary>
/// The tags of each paper from the last build, keyed by what tagging reads — the paper's title, abstract and
/// digest-given tags — for one vocabulary and one version of the code. Tagging is per paper (it has no global
/// statistics), so a paper whose text is unchanged keeps its tags and only new or edited papers are tagged.
/// Kept in one file (not one per paper): thousands of tiny files would cost more than tagging.
/// </summary>
public sealed class TagCache
{
    private const string FileName = "tags.tsv";
    private const string Magic = "paperarchive-tags/2";
    private readonly string? folder;
    private readonly string scope;
    private readonly IReadOnlyDictionary<string, ImmutableArray<string>> previous;
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> used = new(StringComparer.Ordinal);

    private TagCache(string? folder, string scope, IReadOnlyDictionary<string, ImmutableArray<string>> previous)
    {
        this.folder = folder;
        this.scope = scope;
        this.previous = previous;
    }

    /// <summary>How many papers the last <see cref="TagAll"/> really tagged (the others kept their cached tags).</summary>
    public int PapersTagged { get; private set; }

    /// <param name="folder">The cache folder, or null to cache nothing.</param>
    /// <param name="readExisting">False for a clean build: everything is tagged, and the file rewritten.</param>
    public static TagCache Open(string? folder, bool readExisting, TagVocabulary vocabulary)
    {
        var scope = ContentHash.Of(ContentHash.CodeVersion, "tags", vocabulary.ContentHash);
        var previous = folder is not null && readExisting ? Load(Path.Combine(folder, FileName), scope) : null;
        return new TagCache(folder, scope, previous ?? new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal));
    }

    /// <summary>Tags every paper (same result as <see cref="Tagger.TagAll(ImmutableArray{Paper})"/>), reusing cached tags.</summary>
    public Archive TagAll(Archive archive, TagVocabulary vocabulary)
    {
        // Built only when a paper needs tagging: the vocabulary's signal index is not free.
        var tagger = new Lazy<Tagger>(() => new Tagger(vocabulary), LazyThreadSafetyMode.ExecutionAndPublication);
        var papers = archive.Papers;
        var tagged = new Paper[papers.Length];
        var count = 0;
        Parallel.For(0, papers.Length, i =>
        {
            var key = KeyOf(papers[i]);
            if (!previous.TryGetValue(key, out var tags))
            {
                tags = tagger.Value.Assign(papers[i]);
                Interlocked.Increment(ref count);
            }
            used[key] = tags;
            tagged[i] = papers[i] with { Tags = tags };
        });
        PapersTagged = count;
        return Tagger.WithTags(archive, ImmutableArray.Create(tagged), vocabulary);
    }

    /// <summary>Writes the tags this build used (and only those), atomically.</summary>
    public void Save()
    {
        if (folder is null) return;
        var body = new StringBuilder(used.Count * 100);
        foreach (var (key, tags) in used.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            body.Append(key).Append('\t').AppendJoin(' ', tags).Append('\n');
        // A failure is the caller's to report (BuildCache.Complete turns it into a warning).
        SealedFile.Write(Path.Combine(folder, FileName), Magic, scope, Encoding.UTF8.GetBytes(body.ToString()), flushToDisk: false);
    }

    /// <summary>What tagging reads of a paper, hashed. Tag slugs never contain spaces (the vocabulary checks them).</summary>
    private static string KeyOf(Paper paper) => ContentHash.Of(paper.Title, paper.Abstract, string.Join('\n', paper.SourceTags));

    /// <summary>The cached tags, or null when the file is missing, damaged, or made for another vocabulary or code.</summary>
    private static Dictionary<string, ImmutableArray<string>>? Load(string file, string scope)
    {
        if (SealedFile.Read(file, Magic, scope) is not { } body) return null;
        var entries = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var line in Encoding.UTF8.GetString(body.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) return null;
            entries[line[..tab]] = [.. line[(tab + 1)..].Split(' ')];
        }
        return entries;
    }
}
