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

    public static JsonElement RunJson(string script, params string[] arguments) =>
        JsonDocument.Parse(NodeTooling.RunScript(script, arguments)).RootElement.Clone();

    public static string WriteJson(TempFolder temp, string name, object value)
    {
        var path = temp[name];
        File.WriteAllText(path, JsonSerializer.Serialize(value));
        return path;
    }
}
