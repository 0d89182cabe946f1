using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperArchive.Files;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Topics;

/// <summary>
/// The editable list of topic tags (<c>input/tags.yml</c>; format in <c>docs/topics.md</c>). An archive without a
/// tags.yml of its own gets the sample archive's, embedded in this assembly (<see cref="ForArchive"/>).
/// </summary>
public sealed partial class TagVocabulary
{
    /// <summary>Slug of the tag a paper gets when nothing else matches; the file must define it.</summary>
    public const string UncategorizedSlug = "uncategorized";

    private TagVocabulary(ImmutableArray<TagDefinition> tags, string source, string contentHash)
    {
        Tags = tags;
        Source = source;
        ContentHash = contentHash;
        BySlug = tags.ToImmutableDictionary(t => t.Slug, StringComparer.Ordinal);
    }

    /// <summary>Tags in file order.</summary>
    public ImmutableArray<TagDefinition> Tags { get; }
    public ImmutableDictionary<string, TagDefinition> BySlug { get; }

    /// <summary>Name of the file it came from, as given (for messages).</summary>
    public string Source { get; }

    /// <summary>SHA-256 of the file's text: tags cached for a paper are valid only for the same vocabulary.</summary>
    public string ContentHash { get; }

    public TagDefinition Uncategorized => BySlug[UncategorizedSlug];

    public const string FileName = "tags.yml";

    /// <summary>
    /// The archive's own <c>tags.yml</c> when it has one, else the default vocabulary the tool ships
    /// (the same file as the sample archive's, embedded at build time).
    /// </summary>
    public static TagVocabulary ForArchive(string inputFolder)
    {
        var path = Path.Combine(inputFolder, FileName);
        if (File.Exists(path)) return Load(path);
        using var stream = typeof(TagVocabulary).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The default vocabulary resource {DefaultResource} is missing from the build.");
        return Load(stream, "(default tags.yml)");
    }

    private const string DefaultResource = "PaperArchive.DefaultTags.yml";

    public static TagVocabulary Load(string path)
    {
        // Only a regular file, at most 256 MB: a FIFO or a device named tags.yml is an error naming it, never a hang.
        using var stream = new MemoryStream(Files.InputFile.ReadAllBytes(path), writable: false);
        return Load(stream, path);
    }

    /// <param name="sourceName">File name used in error messages.</param>
    public static TagVocabulary Load(Stream stream, string sourceName)
    {
        using var streamReader = new StreamReader(stream);
        var text = streamReader.ReadToEnd();
        var contentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        YamlNode? document;
        try
        {
            document = YamlInput.Load(text);
        }
        catch (YamlInputException e)
        {
            throw new TagVocabularyException(sourceName, e.Line, e.Message);
        }
        if (document is null) throw new TagVocabularyException(sourceName, 1, "the file is empty; expected a 'tags:' list");

        var parser = new Parser(sourceName);
        var root = parser.Mapping(document, "the document");
        parser.OnlyKeys(root, "tags");
        var tagList = parser.Required(root, "tags", "the document");
        if (tagList is not YamlSequenceNode sequence) throw parser.Error(tagList, "'tags' must be a list of tags");

        var tags = sequence.Children.Select(parser.Tag).ToImmutableArray();
        var duplicate = tags.GroupBy(t => t.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new TagVocabularyException(sourceName, duplicate.ElementAt(1).Line, $"duplicate slug '{duplicate.Key}' (first at line {duplicate.First().Line})");
        if (!tags.Any(t => t.Slug == UncategorizedSlug))
            throw new TagVocabularyException(sourceName, YamlInput.LineOf(tagList), $"the vocabulary must define a tag with slug '{UncategorizedSlug}'");
        return new TagVocabulary(tags, sourceName, contentHash);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeSlug();

    /// <summary>Reads the representation model, turning every problem into a file:line message.</summary>
    private sealed class Parser(string file)
    {
        private static readonly string[] TagKeys = ["slug", "name", "description", "arxiv", "phrases", "patterns"];

        public TagVocabularyException Error(YamlNode node, string problem) => new(file, YamlInput.LineOf(node), problem);

        public YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of 'key: value' lines");

        public void OnlyKeys(YamlMappingNode mapping, params string[] allowed)
        {
            foreach (var key in mapping.Children.Keys)
                if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name, StringComparer.Ordinal))
                    throw Error(key, $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}");
        }

        public YamlNode Required(YamlMappingNode mapping, string key, string what) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : throw Error(mapping, $"{what} has no '{key}'");

        public TagDefinition Tag(YamlNode node)
        {
            var mapping = Mapping(node, "a tag");
            OnlyKeys(mapping, TagKeys);
            var slug = Text(Required(mapping, "slug", "the tag"), "slug");
            if (!SafeSlug().IsMatch(slug)) throw Error(mapping, $"slug '{slug}' must be lowercase letters, digits and single hyphens ([a-z0-9-]+)");
            var what = $"tag '{slug}'";
            return new TagDefinition
            {
                Slug = slug,
                Name = Text(Required(mapping, "name", what), "name"),
                Description = Text(Required(mapping, "description", what), "description"),
                Arxiv = Optional(mapping, "arxiv") is { } arxiv ? Strings(arxiv, "arxiv") : [],
                Phrases = Optional(mapping, "phrases") is { } phrases ? Weighted(phrases, what, Phrase) : [],
                Patterns = Optional(mapping, "patterns") is { } patterns ? Weighted(patterns, what, Pattern) : [],
                Line = YamlInput.LineOf(mapping),
            };
        }

        private static YamlNode? Optional(YamlMappingNode mapping, string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private string Text(YamlNode node, string key) =>
            node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw Error(node, $"'{key}' must be non-empty text");

        private ImmutableArray<string> Strings(YamlNode node, string key) =>
            node is YamlSequenceNode list ? list.Children.Select(item => Text(item, key)).ToImmutableArray() : throw Error(node, $"'{key}' must be a list, e.g. [cs.LG, stat.ML]");

        /// <summary>A mapping "signal: weight", one per line; a signal listed twice is an error.</summary>
        private ImmutableArray<T> Weighted<T>(YamlNode node, string what, Func<YamlScalarNode, double, T> create)
        {
            var mapping = Mapping(node, $"signals of {what}");
            var signals = ImmutableArray.CreateBuilder<T>(mapping.Children.Count);
            foreach (var (key, value) in mapping.Children)
            {
                if (key is not YamlScalarNode { Value: { Length: > 0 } } scalar) throw Error(key, $"a signal of {what} must be text");
                if (value is not YamlScalarNode { Value: { } number }
                    || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                    || !double.IsFinite(weight) || weight == 0 || Math.Abs(weight) > 10)
                    throw Error(value, $"weight of '{scalar.Value}' must be a non-zero number between -10 and 10");
                signals.Add(create(scalar, weight));
            }
            return signals.MoveToImmutable();
        }

        private PhraseSignal Phrase(YamlScalarNode node, double weight)
        {
            var tokens = TextNormalizer.Tokens(node.Value!);
            if (tokens.Count == 0) throw Error(node, $"phrase '{node.Value}' has no letters or digits");
            return new PhraseSignal(node.Value!, [.. tokens], weight);
        }

        private PatternSignal Pattern(YamlScalarNode node, double weight)
        {
            try
            {
                // Anchored: a pattern describes one whole normalised token, never a substring of one.
                // NonBacktracking guarantees linear time, so no timeout is needed (a wall-clock timeout
                // fired spuriously on a busy machine); constructs it lacks (back-references, lookarounds)
                // are reported as bad patterns.
                var regex = new Regex($"^(?:{node.Value})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
                return new PatternSignal(node.Value!, regex, weight);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                throw Error(node, $"bad pattern '{node.Value}': {e.Message}");
            }
        }
    }
}
