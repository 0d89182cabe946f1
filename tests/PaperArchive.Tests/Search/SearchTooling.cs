using System.Text.Json;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Search;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>Writes search data to disk and runs the tests/js search scripts over it.</summary>
public static class SearchTooling
{
    public static string WriteFiles(IEnumerable<SearchFile> files, string siteFolder)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(siteFolder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
        return Path.Combine(siteFolder, "search");
    }

    /// <summary>
    /// The display chunk files a manifest names, relative to it, in chunk order, read as the page reads them: chunk
    /// <c>i</c> is <c>chunks/&lt;name of group i / chunksPerGroup&gt;-&lt;i mod chunksPerGroup&gt;.json</c>.
    /// </summary>
    public static IReadOnlyList<string> ChunkFiles(JsonElement manifest)
    {
        var documents = manifest.GetProperty("documents").GetInt32();
        var perChunk = manifest.GetProperty("papersPerChunk").GetInt32();
        var perGroup = manifest.GetProperty("chunksPerGroup").GetInt32();
        var nameLength = manifest.GetProperty("chunkGroupNameLength").GetInt32();
        var names = manifest.GetProperty("chunkGroups").GetString()!;
        var chunks = (documents + perChunk - 1) / perChunk;
        return [.. Enumerable.Range(0, chunks).Select(i => $"chunks/{names.Substring(i / perGroup * nameLength, nameLength)}-{i % perGroup}.json")];
    }

    public static JsonElement RunJson(string script, params string[] arguments) =>
        JsonDocument.Parse(NodeTooling.RunScript(script, arguments)).RootElement.Clone();

    public static string WriteJson(TempFolder temp, string name, object value)
    {
        var path = temp[name];
        File.WriteAllText(path, JsonSerializer.Serialize(value));
        return path;
    }
}
