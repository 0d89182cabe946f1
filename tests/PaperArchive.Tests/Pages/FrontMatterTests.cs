using PaperArchive.Pages;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Tests.Pages;

public class FrontMatterTests
{
    [Theory]
    [InlineData("Plain title")]
    [InlineData("MgNO: Efficient \"Operators\" via # multigrid")]
    [InlineData("<script>alert('x')</script> & more")]
    [InlineData("- starts like a list")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("2025")]
    [InlineData("0x1F")]
    [InlineData("line\nbreak\ttab \\ backslash")]
    [InlineData("Ω ü 中文 😀 \u2028 \u0085 \u007f \u0001")]
    [InlineData("trailing space ")]
    [InlineData("")]
    public void Values_read_back_exactly_with_a_yaml_parser(string value)
    {
        var source = FrontMatter.Compose([new("title", value), new("tags", new[] { value, "b" }), new("upvotes", 42), new("empty", Array.Empty<string>())], "Body\n");
        var yaml = source[4..source.IndexOf("\n---\n", StringComparison.Ordinal)];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(value, ((YamlScalarNode)root["title"]).Value);
        Assert.Equal(value, ((YamlScalarNode)((YamlSequenceNode)root["tags"])[0]).Value);
        Assert.Equal("42", ((YamlScalarNode)root["upvotes"]).Value);
        Assert.Empty((YamlSequenceNode)root["empty"]);
        Assert.EndsWith("---\n\nBody\n", source);
        // Quoting keeps YAML from reading a value as another type.
        if (value is "true" or "null" or "2025" or "0x1F") Assert.Contains($"title: \"{value}\"", source);
    }
}
