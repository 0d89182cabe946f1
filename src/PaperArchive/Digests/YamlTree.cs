using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperArchive.Digests;

/// <summary>A YAML node with the (1-based, front-matter-relative) line it starts on.</summary>
internal abstract record YamlNode(int Line);

internal sealed record YamlText(string? Value, int Line) : YamlNode(Line);

internal sealed record YamlList(IReadOnlyList<YamlNode> Items, int Line) : YamlNode(Line);

internal sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlText, YamlNode>> Entries, int Line) : YamlNode(Line);

internal sealed class YamlTreeException(string message, int line) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// Builds a small tree straight from YamlDotNet's event stream. Aliases are refused outright: digests
/// never need them, and refusing them is what makes a "billion laughs" document fail at once.
/// Nesting is capped so a deeply nested document cannot exhaust the stack.
/// </summary>
internal static class YamlTree
{
    public const int MaxDepth = 32;

    /// <summary>The first document's root, or null for an empty document. Throws <see cref="YamlTreeException"/>.</summary>
    public static YamlNode? Load(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            return parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, 0);
        }
        catch (YamlException ex)
        {
            throw new YamlTreeException(ex.Message, LineOf(ex.Start));
        }
    }

    private static YamlNode ReadNode(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new YamlTreeException("the YAML ends unexpectedly", 0);
        var line = LineOf(current.Start);
        if (depth > MaxDepth)
        {
            throw new YamlTreeException(string.Create(CultureInfo.InvariantCulture, $"the YAML is nested more than {MaxDepth} levels deep; a digest needs only a few"), line);
        }
        switch (current)
        {
            case AnchorAlias alias:
                throw new YamlTreeException($"YAML aliases (*{alias.Value}) are not allowed in digests; write the value out in full", line);
            case Scalar scalar:
                parser.MoveNext();
                return new YamlText(IsNull(scalar) ? null : scalar.Value, line);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1));
                return new YamlList(items, line);
            }
            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlText, YamlNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (ReadNode(parser, depth + 1) is not YamlText key)
                    {
                        throw new YamlTreeException("a key must be plain text, not a list or mapping", line);
                    }
                    entries.Add(new(key, ReadNode(parser, depth + 1)));
                }
                return new YamlMap(entries, line);
            }
            default:
                throw new YamlTreeException($"unexpected YAML ({current.GetType().Name})", line);
        }
    }

    // Plain `~`, `null` or nothing mean "no value"; quoted they are text.
    private static bool IsNull(Scalar scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
        && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static int LineOf(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);
}
