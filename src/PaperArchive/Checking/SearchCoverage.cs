using System.Collections.Concurrent;
using System.Text.Json;
using PaperArchive.Lunr;
using PaperArchive.Model;
using PaperArchive.Routing;
using PaperArchive.Search;

namespace PaperArchive.Checking;

/// <summary>
/// Checks that search finds every paper, reading the search files the way the search page does
/// (<c>assets/search-core.js</c>, formats in docs/search.md): the manifest, then for each paper the display chunk
/// that turns its document number into a result (its slug and URL must be the paper's), and for each word of its
/// title — run through the same lunr pipeline the index was built with — the common-term file or the shard whose
/// term range holds it, whose title postings must list the paper's number. A paper missing from either is one the
/// search page cannot show for its own title.
/// The catalogue (months, topics, upvotes and days trended, which filters and sorts read) must say of every paper what
/// the archive says (topics, assigned at build time, are checked for form).
public sealed class SearchCoverage(string site, Archive archive, IReadOnlySet<string> files, SiteUrls urls)
{
    /// <summary>Papers in document order (<see cref="SearchOrder"/>), as the search files number them.</summary>
    private readonly IReadOnlyList<Paper> papers = SearchOrder.Of(archive);

    private const string Folder = Routes.Search;
    private const string TitleField = "title";
    /// <summary>Where the search page lives: display-chunk URLs are resolved as links of this page.</summary>
    private static readonly string SearchPage = SiteUrls.ToFile(Routes.Search);

    public IEnumerable<CheckProblem> Check(ICollection<string> notes)
    {
        if (!files.Any(f => f.StartsWith(Folder, StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)))
        {
            notes.Add("search: no JSON index under search/; skipped the search index check");
            return [];
        }
        var problems = new List<CheckProblem>();
        if (ReadManifest(problems) is not { } manifest) return problems;
        if (manifest.Documents != archive.Papers.Length)
            problems.Add(IndexProblem(Routes.SearchManifest, $"the manifest counts {manifest.Documents} documents; the archive has {archive.Papers.Length} papers"));
        var titleField = manifest.Fields.IndexOf(TitleField);
        if (titleField < 0)
        {
            problems.Add(IndexProblem(Routes.SearchManifest, $"the manifest has no \"{TitleField}\" field"));
            return problems;
        }

        var shown = Results(manifest, problems);
        // Titles share most words: each distinct token goes through the pipeline once, as in the index builder.
        var pipeline = new Dictionary<string, string?>(StringComparer.Ordinal);
        var titleTerms = papers.Select(p => TitleTerms(p.Title, pipeline)).ToArray();
        var postings = TitlePostings(manifest, titleField, titleTerms, problems);
        var listedTerms = ListedTerms(manifest, problems);

        for (var document = 0; document < papers.Count; document++)
        {
            var paper = papers[document];
            if (shown[document] is { } wrong)
                problems.Add(Missing(paper, wrong));
            var unfound = titleTerms[document].Where(term => !(postings.TryGetValue(term, out var documents) && documents.Contains(document))).ToList();
            if (unfound.Count > 0)
                problems.Add(Missing(paper, $"is not found by its title: not under {Quoted(unfound)} ({string.Join(", ", unfound.Select(t => FileOf(manifest, t) ?? "no shard holds it").Distinct(StringComparer.Ordinal))})"));
            if (listedTerms is not null && titleTerms[document].Where(t => !listedTerms.Contains(t)).ToList() is { Count: > 0 } unlisted)
                problems.Add(Missing(paper, $"has title words missing from the term list {Folder}{manifest.TermsFile} (fuzzy and wildcard searches miss them): {Quoted(unlisted)}"));
        }
        try
        {
            CheckCatalogue(manifest.Catalogue, problems);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            problems.Add(IndexProblem(Folder + "tags/, facts/", $"a catalogue file is not in the format the search page reads: {e.Message}"));
        }
        return problems;
    }

    /// <summary>
    /// The catalogue against the archive: the month table must start each month at its first document, every topic file
    /// must list papers of the archive in order, and the facts files must hold every paper's upvotes and days.
    /// </summary>
    private void CheckCatalogue(CatalogueRead catalogue, List<CheckProblem> problems)
    {
        var expectedMonths = SearchCatalogue.Months(papers);
        if (!catalogue.Months.SequenceEqual(expectedMonths))
        {
            var wrong = expectedMonths.Zip(catalogue.Months).FirstOrDefault(p => p.First != p.Second);
            problems.Add(IndexProblem(Routes.SearchManifest, wrong.First is null
                ? $"the catalogue lists {catalogue.Months.Count} months; the papers' first days fall in {expectedMonths.Count}: filtering by month would show the wrong papers"
                : $"the catalogue starts {wrong.Second.Month} at document {wrong.Second.FirstDocument}; the papers put {wrong.First.Month} at document {wrong.First.FirstDocument}: filtering by month would show the wrong papers"));
        }

        // Topics are assigned at build time (the topics phase), not read from the input: each topic's list is checked
        // for what the page relies on — documents of the archive, ascending, as many as the manifest says.
        foreach (var (slug, (count, file)) in catalogue.Tags)
        {
            using var json = ReadJson(file, problems, $"filtering by the topic \"{slug}\" fails");
            if (json is null) continue;
            var listed = 0;
            var document = 0;
            var ordered = true;
            foreach (var gap in json.RootElement.EnumerateArray())
            {
                var step = gap.GetInt32();
                document += step;
                if ((listed > 0 && step <= 0) || document < 0 || document >= papers.Count)
                {
                    problems.Add(IndexProblem(Folder + file, $"the topic \"{slug}\" lists document {document} (entry {listed}), not a paper of the archive in ascending order: filtering by it shows the wrong papers"));
                    ordered = false;
                    break;
                }
                listed++;
            }
            if (ordered && listed != count)
                problems.Add(IndexProblem(Folder + file, $"the topic \"{slug}\" lists {listed} documents; the manifest says {count}"));
        }

        var expectedFiles = SearchCatalogue.FactsFileCount(papers.Count, new SearchOptions { PapersPerFactsFile = Math.Max(1, catalogue.FactsPerFile) });
        if (catalogue.FactsPerFile <= 0 || catalogue.Facts.Count != expectedFiles)
        {
            problems.Add(IndexProblem(Routes.SearchManifest, $"the catalogue names {catalogue.Facts.Count} facts files of {catalogue.FactsPerFile} papers; {papers.Count} papers need {expectedFiles}"));
            return;
        }
        for (var i = 0; i < catalogue.Facts.Count; i++)
        {
            using var json = ReadJson(catalogue.Facts[i], problems, "sorting by upvotes fails");
            if (json is null) continue;
            var upvotes = json.RootElement.GetProperty("v");
            var days = json.RootElement.GetProperty("n");
            var first = i * catalogue.FactsPerFile;
            var count = Math.Min(papers.Count - first, catalogue.FactsPerFile);
            if (upvotes.GetArrayLength() != count || days.GetArrayLength() != count)
            {
                problems.Add(IndexProblem(Folder + catalogue.Facts[i], $"holds {upvotes.GetArrayLength()} upvotes and {days.GetArrayLength()} day counts; documents {first}–{first + count - 1} need {count} of each"));
                continue;
            }
            for (var at = 0; at < count; at++)
            {
                var paper = papers[first + at];
                if (upvotes[at].GetInt32() != (paper.Upvotes ?? -1) || days[at].GetInt32() != paper.Days.Length)
                    problems.Add(Missing(paper, $"has {paper.Upvotes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} upvotes and {paper.Days.Length} days trended, but {Folder}{catalogue.Facts[i]} says {upvotes[at].GetInt32()} and {days[at].GetInt32()}: sorting by upvotes misplaces it"));
            }
        }
    }

    /// <summary>The index terms of a title, as lunr's builder makes them (tokenizer, trimmer, stop words, stemmer); empty terms cannot be searched for.</summary>
    public static IReadOnlyList<string> TitleTerms(string title) => TitleTerms(title, []);

    private static IReadOnlyList<string> TitleTerms(string title, Dictionary<string, string?> pipeline)
    {
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(title))
        {
            if (!pipeline.TryGetValue(token, out var term)) pipeline[token] = term = TokenPipeline.ToTerm(token);
            if (term is { Length: > 0 } && !terms.Contains(term)) terms.Add(term);
        }
        return terms;
    }

    private sealed record Manifest(int Documents, List<string> Fields, List<(string First, string Last, string File)> Shards,
        Dictionary<string, string> Common, string TermsFile, SearchOptions ChunkLayout, List<string> ChunkGroups, CatalogueRead Catalogue);

    private sealed record CatalogueRead(List<CatalogueMonth> Months, Dictionary<string, (int Papers, string File)> Tags, int FactsPerFile, List<string> Facts);

    private Manifest? ReadManifest(List<CheckProblem> problems)
    {
        const string path = Routes.SearchManifest;
        if (!files.Contains(path))
        {
            problems.Add(IndexProblem(path, "the search page loads this file first, and it is missing"));
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, path)));
            var root = json.RootElement;
            var version = root.GetProperty("version").GetInt32();
            if (version != SearchFiles.FormatVersion)
            {
                problems.Add(IndexProblem(path, $"format version {version}; this version of PaperArchive reads version {SearchFiles.FormatVersion}: rebuild the site"));
                return null;
            }
            var nameLength = root.GetProperty("chunkGroupNameLength").GetInt32();
            var names = root.GetProperty("chunkGroups").GetString()!;
            if (nameLength <= 0 || names.Length % nameLength != 0)
            {
                problems.Add(IndexProblem(path, $"\"chunkGroups\" is {names.Length} characters long, not a whole number of {nameLength}-character names"));
                return null;
            }
            var papersPerChunk = root.GetProperty("papersPerChunk").GetInt32();
            var chunksPerGroup = root.GetProperty("chunksPerGroup").GetInt32();
            if (papersPerChunk <= 0 || chunksPerGroup <= 0)
            {
                problems.Add(IndexProblem(path, $"\"papersPerChunk\" is {papersPerChunk} and \"chunksPerGroup\" {chunksPerGroup}"));
                return null;
            }
            return new Manifest(
                root.GetProperty("documents").GetInt32(),
                [.. root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)],
                [.. root.GetProperty("shards").EnumerateArray().Select(s => (s[0].GetString()!, s[1].GetString()!, s[2].GetString()!))],
                root.GetProperty("common").EnumerateArray().ToDictionary(c => c[0].GetString()!, c => c[1].GetString()!, StringComparer.Ordinal),
                root.GetProperty("terms").GetString()!,
                new SearchOptions { PapersPerChunk = papersPerChunk, ChunksPerGroup = chunksPerGroup },
                [.. Enumerable.Range(0, names.Length / nameLength).Select(i => names.Substring(i * nameLength, nameLength))],
                ReadCatalogue(root.GetProperty("catalogue")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            problems.Add(IndexProblem(path, $"not a search manifest the search page can read: {e.Message}"));
            return null;
        }
    }

    private static CatalogueRead ReadCatalogue(JsonElement catalogue) => new(
        [.. catalogue.GetProperty("months").EnumerateArray().Select(m => new CatalogueMonth(m[0].GetString()!, m[1].GetInt32()))],
        catalogue.GetProperty("tags").EnumerateArray().ToDictionary(t => t[0].GetString()!, t => (t[2].GetInt32(), t[3].GetString()!), StringComparer.Ordinal),
        catalogue.GetProperty("factsPerFile").GetInt32(),
        [.. catalogue.GetProperty("facts").EnumerateArray().Select(f => f.GetString()!)]);

    /// <summary>
    /// Per document number, what is wrong with the result the search page would show for it (null when it is the
    /// paper's slug and a link to its page). A chunk that is missing or unreadable is reported once, for all its papers.
    /// </summary>
    private string?[] Results(Manifest manifest, List<CheckProblem> problems)
    {
        var count = papers.Count;
        var shown = new string?[count];
        var layout = manifest.ChunkLayout;
        var expectedChunks = DisplayChunks.ChunkCount(count, layout);
        var expectedGroups = DisplayChunks.GroupCount(expectedChunks, layout);
        if (manifest.ChunkGroups.Count != expectedGroups)
            problems.Add(IndexProblem(Routes.SearchManifest, $"the manifest names {manifest.ChunkGroups.Count} groups of display chunks; {count} papers need {expectedGroups}"));
        var chunkProblems = new ConcurrentBag<CheckProblem>();
        Parallel.For(0, expectedChunks, chunk =>
        {
            var first = chunk * layout.PapersPerChunk;
            var end = Math.Min(count, first + layout.PapersPerChunk);
            var range = $"documents {first}–{end - 1}";
            var group = chunk / layout.ChunksPerGroup;
            var file = group < manifest.ChunkGroups.Count ? DisplayChunks.ChunkFile(manifest.ChunkGroups[group], chunk, layout) : null;
            if (file is null || ReadJson(file, chunkProblems, $"the results of {range} cannot be shown") is not { } json)
            {
                for (var document = first; document < end; document++) shown[document] = "";
                return;
            }
            using (json)
            {
                var entries = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.GetArrayLength() : 0;
                for (var document = first; document < end; document++)
                {
                    var paper = papers[document];
                    var at = document - first;
                    if (at >= entries) { shown[document] = $"is document {document}, but its display chunk {Folder}{file} has no entry {at}"; continue; }
                    var entry = json.RootElement[at];
                    var slug = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                    var url = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("u", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                    if (slug != paper.Slug)
                        shown[document] = $"is document {document}, but {Folder}{file} shows {(slug is null ? "no slug" : $"\"{slug}\"")} for that number";
                    else if (url is null || urls.Resolve(url, SearchPage, out var target) != SiteUrls.Kind.Resolved || target != SiteUrls.ToFile(Routes.Paper(paper.Slug)))
                        shown[document] = $"is document {document}, but its result in {Folder}{file} links to {(url is null ? "nothing" : $"\"{url}\"")}, not to its page";
                }
            }
        });
        problems.AddRange(chunkProblems.OrderBy(p => p.File, StringComparer.Ordinal));
        // Chunk problems were reported once for the chunk; the papers in it need no row each.
        for (var i = 0; i < shown.Length; i++) if (shown[i] == "") shown[i] = null;
        return shown;
    }

    /// <summary>
    /// For every title term of the archive: the document numbers its title postings list, read from the file the
    /// search page would load for it — the term's common-term file when the manifest lists one, else the shard whose
    /// [first, last] range holds it. Each file is read once, in parallel.
    /// </summary>
    private Dictionary<string, HashSet<int>> TitlePostings(Manifest manifest, int titleField, IReadOnlyList<string>[] titleTerms, List<CheckProblem> problems)
    {
        var byFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var term in titleTerms.SelectMany(t => t).Distinct(StringComparer.Ordinal))
        {
            if (FileOf(manifest, term) is not { } file) continue;
            if (!byFile.TryGetValue(file, out var terms)) byFile[file] = terms = new HashSet<string>(StringComparer.Ordinal);
            terms.Add(term);
        }
        var commonFiles = manifest.Common.Values.ToHashSet(StringComparer.Ordinal);
        var postings = new ConcurrentDictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var fileProblems = new ConcurrentBag<CheckProblem>();
        Parallel.ForEach(byFile, pair =>
        {
            var (file, terms) = pair;
            using var json = ReadJson(file, fileProblems, $"searches for {terms.Count} title word(s) load it");
            if (json is null) return;
            try
            {
                if (commonFiles.Contains(file)) ReadCommonTerm(json.RootElement, titleField, postings, fileProblems);
                else ReadShard(json.RootElement, manifest.Fields[titleField], terms, postings);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
            {
                fileProblems.Add(IndexProblem(Folder + file, $"not in the format the search page reads: {e.Message}"));
            }
        });
        problems.AddRange(fileProblems.OrderBy(p => p.File, StringComparer.Ordinal));
        return new Dictionary<string, HashSet<int>>(postings, StringComparer.Ordinal);
    }

    /// <summary>A lunr shard: <c>invertedIndex</c> is <c>[[term, {"_index": n, "title": {"12": {…}}, …}], …]</c>, refs being document numbers.</summary>
    private static void ReadShard(JsonElement shard, string field, HashSet<string> terms, ConcurrentDictionary<string, HashSet<int>> postings)
    {
        foreach (var entry in shard.GetProperty("invertedIndex").EnumerateArray())
        {
            var term = entry[0].GetString()!;
            if (!terms.Contains(term)) continue;
            var documents = new HashSet<int>();
            if (entry[1].TryGetProperty(field, out var refs))
                foreach (var posting in refs.EnumerateObject())
                    if (int.TryParse(posting.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var document))
                        documents.Add(document);
            postings[term] = documents;
        }
    }

    /// <summary>
    /// A common term's head file and its impact blocks (<see cref="CommonTermFile"/>): the documents of every block
    /// (<c>"docs"</c>, gaps) whose title weight (<c>"weights"</c>, per field in the manifest's order; empty: none) is not −1, the first
    /// block inline and the others in their files.
    /// </summary>
    private void ReadCommonTerm(JsonElement head, int titleField, ConcurrentDictionary<string, HashSet<int>> postings, ConcurrentBag<CheckProblem> problems)
    {
        var term = head.GetProperty("term").GetString()!;
        var documents = new HashSet<int>();
        void Add(JsonElement block)
        {
            var document = 0;
            var titleWeights = block.GetProperty("weights")[titleField];
            if (titleWeights.GetArrayLength() == 0) return; // no document of the block has the term in its title
            var at = 0;
            foreach (var gap in block.GetProperty("docs").EnumerateArray())
            {
                document += gap.GetInt32();
                if (titleWeights[at++].GetInt32() >= 0) documents.Add(document);
            }
        }
        Add(head);
        foreach (var block in head.GetProperty("blocks").EnumerateArray())
        {
            var file = block[0].GetString()!;
            if (file.Length == 0) continue;
            using var json = ReadJson(file, problems, $"searches for \"{term}\" cannot reach all its papers");
            if (json is not null) Add(json.RootElement);
        }
        postings[term] = documents;
    }

    /// <summary>The term list the search page loads for fuzzy and leading-wildcard queries; null when it cannot be read (reported).</summary>
    private HashSet<string>? ListedTerms(Manifest manifest, List<CheckProblem> problems)
    {
        var fileProblems = new List<CheckProblem>();
        using var json = ReadJson(manifest.TermsFile, fileProblems, "fuzzy and wildcard searches load it");
        problems.AddRange(fileProblems);
        if (json is null) return null;
        if (json.RootElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add(IndexProblem(Folder + manifest.TermsFile, "the term list is not an array of terms"));
            return null;
        }
        return json.RootElement.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The file (relative to search/) the search page loads for an exact term, as search-core.js picks it; null when no shard's range holds it.</summary>
    private static string? FileOf(Manifest manifest, string term)
    {
        if (manifest.Common.TryGetValue(term, out var common)) return common;
        // The first shard whose last term is ≥ the term (shards are in UTF-16 order and do not overlap), if its first is ≤ it.
        int low = 0, high = manifest.Shards.Count;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (string.CompareOrdinal(manifest.Shards[middle].Last, term) < 0) low = middle + 1;
            else high = middle;
        }
        return low < manifest.Shards.Count && string.CompareOrdinal(manifest.Shards[low].First, term) <= 0 ? manifest.Shards[low].File : null;
    }

    /// <summary>A search file parsed, or null with a problem saying what cannot work without it (unparseable files are also reported as malformed).</summary>
    private JsonDocument? ReadJson(string file, IProducerConsumerCollection<CheckProblem> problems, string consequence) =>
        ReadJson(file, problem => problems.TryAdd(problem), consequence);

    private JsonDocument? ReadJson(string file, List<CheckProblem> problems, string consequence) =>
        ReadJson(file, problems.Add, consequence);

    private JsonDocument? ReadJson(string file, Action<CheckProblem> report, string consequence)
    {
        var path = Folder + file;
        if (!files.Contains(path))
        {
            report(IndexProblem(path, $"the manifest names this file and it is missing: {consequence}"));
            return null;
        }
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, path)));
        }
        catch (JsonException)
        {
            report(IndexProblem(path, $"the file does not parse: {consequence}"));
            return null;
        }
    }

    private static CheckProblem IndexProblem(string file, string message) => new(CheckKind.BrokenSearchIndex, file, message);

    private static CheckProblem Missing(Paper paper, string what) =>
        new(CheckKind.MissingFromSearch, Folder, $"the paper \"{paper.Title}\" ({paper.Slug}) {what}");

    private static string Quoted(IEnumerable<string> terms) => string.Join(", ", terms.Select(t => $"\"{t}\""));
}
