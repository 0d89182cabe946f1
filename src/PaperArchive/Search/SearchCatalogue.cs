using PaperArchive.Model;

namespace PaperArchive.Search;

/// <summary>A month of the catalogue: <c>yyyy-MM</c> and the first document whose first trending day is in it.</summary>
public sealed record CatalogueMonth(string Month, int FirstDocument);

/// <summary>A topic of the catalogue: its slug, name, how many papers carry it and the file listing them.</summary>
public sealed record CatalogueTag(string Slug, string Name, int Papers, string File);

/// <summary>
/// The per-paper facts the search page filters and sorts by, without the index: so a reader can browse the whole
/// archive by topic, month and upvotes with an empty query, and a query's results can be restricted exactly.
/// <list type="bullet">
/// <item>Months cost no file: documents are in <see cref="SearchOrder"/>, so a month is a run of document numbers and
/// the manifest lists the first document of each month.</item>
/// <item>A topic is one file, <c>tags/&lt;hash&gt;.json</c>: its documents ascending, as gaps from the previous one
/// (<c>[3,1,12,…]</c>), like the common terms' postings.</item>
/// <item>Upvotes and days trended come in files of <see cref="SearchOptions.PapersPerFactsFile"/> consecutive
/// documents, <c>facts/&lt;hash&gt;.json</c> = <c>{"v":[upvotes, -1 when unknown…],"n":[days trended…]}</c>: only a
/// sort by upvotes reads them, and only for the months it covers.</item>
/// </list>
/// </summary>
public static class SearchCatalogue
{
    /// <summary>A paper's month in the catalogue: the month of its first trending day.</summary>
    public static string MonthOf(Paper paper) => paper.FirstDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<CatalogueMonth> Months(IReadOnlyList<Paper> papers)
    {
        var months = new List<CatalogueMonth>();
        for (var document = 0; document < papers.Count; document++)
        {
            var month = MonthOf(papers[document]);
            if (months.Count == 0 || months[^1].Month != month) months.Add(new CatalogueMonth(month, document));
        }
        return months;
    }

    /// <summary>
    /// Every topic some paper carries, in the vocabulary's display order (a slug outside it after them, ordinal), with
    /// the bytes of its document list.
    /// </summary>
    public static IReadOnlyList<(string Slug, string Name, int[] Documents, byte[] Bytes)> TagFiles(Archive archive, IReadOnlyList<Paper> papers)
    {
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var document = 0; document < papers.Count; document++)
            foreach (var tag in papers[document].Tags.Distinct(StringComparer.Ordinal))
            {
                if (!documents.TryGetValue(tag, out var list)) documents[tag] = list = [];
                list.Add(document);
            }
        var order = archive.Tags.Select((tag, i) => (tag.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        return [.. documents.Keys
            .OrderBy(slug => order.TryGetValue(slug, out var i) ? i : int.MaxValue)
            .ThenBy(slug => slug, StringComparer.Ordinal)
            .Select(slug => (slug, archive.TagOf(slug).Name, documents[slug].ToArray(), GapsFile(documents[slug])))];
    }

    private static byte[] GapsFile(List<int> documents) => SearchFile.Json(writer =>
    {
        writer.WriteStartArray();
        var previous = 0;
        foreach (var document in documents)
        {
            writer.WriteNumberValue(document - previous);
            previous = document;
        }
        writer.WriteEndArray();
    });

    public static int FactsFileCount(int papers, SearchOptions options) => Math.Max(1, (papers + options.PapersPerFactsFile - 1) / options.PapersPerFactsFile);

    /// <summary>The facts files' bytes in order: file <c>i</c> holds documents <c>i·PapersPerFactsFile</c> onwards.</summary>
    public static byte[][] FactsFiles(IReadOnlyList<Paper> papers, SearchOptions options)
    {
        var files = new byte[FactsFileCount(papers.Count, options)][];
        for (var i = 0; i < files.Length; i++)
        {
            var first = i * options.PapersPerFactsFile;
            var end = Math.Min(papers.Count, first + options.PapersPerFactsFile);
            files[i] = SearchFile.Json(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("v");
                for (var document = first; document < end; document++) writer.WriteNumberValue(papers[document].Upvotes ?? -1);
                writer.WriteEndArray();
                writer.WriteStartArray("n");
                for (var document = first; document < end; document++) writer.WriteNumberValue(papers[document].Days.Length);
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
        return files;
    }
}
