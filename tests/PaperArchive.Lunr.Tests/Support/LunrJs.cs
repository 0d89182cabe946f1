using System.Text;
using System.Text.Json;

namespace PaperArchive.Lunr.Tests.Support;

/// <summary>Typed wrappers over the tests/js scripts.</summary>
public static class LunrJs
{
    /// <param name="positions">lunr.js also records each term's token <c>index</c> (<c>metadataWhitelist: ['index']</c>).</param>
    public static byte[] BuildIndex(Corpus corpus, TempFolder temp, bool positions = false)
    {
        var corpusPath = temp.File(corpus.Name + ".corpus.json");
        var indexPath = temp.File(corpus.Name + (positions ? ".positions" : "") + ".lunrjs.json");
        corpus.WriteForNode(corpusPath);
        NodeTooling.RunScript("build-index.js", [corpusPath, indexPath, .. positions ? ["positions"] : Array.Empty<string>()]);
        return File.ReadAllBytes(indexPath);
    }

    /// <summary>Per query: the results as compact JSON text (refs in order, JS-formatted scores) or the error.</summary>
    public static IReadOnlyList<string> Search(byte[] indexJson, IReadOnlyList<string> queries, TempFolder temp)
    {
        var indexPath = temp.File(Guid.NewGuid().ToString("N") + ".index.json");
        var queriesPath = temp.File(Guid.NewGuid().ToString("N") + ".queries.json");
        File.WriteAllBytes(indexPath, indexJson);
        File.WriteAllText(queriesPath, JsonSerializer.Serialize(queries));
        using var results = JsonDocument.Parse(NodeTooling.RunScript("search.js", indexPath, queriesPath));
        return results.RootElement.EnumerateArray().Select(r => r.GetRawText()).ToList();
    }

    public static IReadOnlyList<string> Stem(IReadOnlyList<string> words, TempFolder temp)
    {
        var wordsPath = temp.File("words.json");
        var stemsPath = temp.File("stems.json");
        File.WriteAllText(wordsPath, JsonSerializer.Serialize(words), new UTF8Encoding(false));
        NodeTooling.RunScript("stem.js", wordsPath, stemsPath);
        return JsonSerializer.Deserialize<string[]>(File.ReadAllText(stemsPath))!;
    }
}
