using System.Text;
using YamlDotNet.Serialization;

namespace PaperArchive.Pages;

/// <summary>Writes a page's Markdown source: YAML front matter between <c>---</c> lines, then the body.</summary>
public static class FrontMatter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNewLine("\n")
        .DisableAliases()
        .Build();

    public static string Compose(IEnumerable<KeyValuePair<string, object>> fields, string body)
    {
        // An ordered dictionary keeps the field order the page chose, so sources diff well.
        var ordered = new System.Collections.Specialized.OrderedDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in fields) ordered[key] = value;
        var builder = new StringBuilder(body.Length + 256);
        builder.Append("---\n").Append(Yaml.Serialize(ordered)).Append("---\n\n").Append(body);
        if (!body.EndsWith('\n')) builder.Append('\n');
        return builder.ToString();
    }
}
