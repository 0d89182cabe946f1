using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Files;

/// <summary>A YAML input that cannot be read, with the (1-based) line of the problem.</summary>
public sealed class YamlInputException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// How the archive's YAML files (archive.yml, tags.yml) are read: YamlDotNet's representation model, whose every node
/// knows the line it starts on, so a reader can name the line of any problem it finds. The nodes are built from a parser
/// that refuses nesting deeper than <see cref="MaxDepth"/> before YamlDotNet recurses into it, so a deeply nested file is
/// an error at its line, never a stack overflow. (A digest's front matter is read event by event, by
/// <c>Digests/YamlTree</c>, because a paper may give a key twice — a warning there — which this model refuses.)
/// </summary>
public static class YamlInput
{
    public const int MaxDepth = 64;

    /// <summary>The first document's root node, or null when the text holds no document. Throws <see cref="YamlInputException"/>.</summary>
    public static YamlNode? Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(yaml))));
        }
        catch (YamlException e)
        {
            throw new YamlInputException(e.Message, LineOf(e.Start));
        }
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>The line a node starts on.</summary>
    public static int LineOf(YamlNode node) => LineOf(node.Start);

    /// <summary>The line of a top-level key of a mapping, or null when the root is no mapping or has no such key.</summary>
    public static int? LineOfKey(YamlNode? root, string key) =>
        root is YamlMappingNode mapping
        && mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == key) is { } node
            ? LineOf(node)
            : null;

    private static int LineOf(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            var current = inner.Current;
            if (current is SequenceStart or MappingStart)
            {
                depth++;
                if (depth > MaxDepth)
                    throw new YamlException(current.Start, current.End,
                        string.Create(CultureInfo.InvariantCulture, $"the YAML is nested more than {MaxDepth} levels deep"));
            }
            else if (current is SequenceEnd or MappingEnd) depth--;
            return true;
        }
    }
}
