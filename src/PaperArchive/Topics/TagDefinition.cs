using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PaperArchive.Topics;

/// <summary>A phrase signal: its normalised tokens (see <see cref="TokenReader"/>) and how much one match counts.</summary>
public sealed record PhraseSignal(string Text, ImmutableArray<string> Tokens, double Weight);

/// <summary>A pattern signal: a regular expression that must match one whole normalised token (e.g. <c>llm|gpt\d*</c>).</summary>
public sealed record PatternSignal(string Text, Regex Regex, double Weight);

/// <summary>One topic tag of the vocabulary, as written in <c>input/tags.yml</c>.</summary>
public sealed record TagDefinition
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>arXiv categories the topic mostly lives in (e.g. <c>cs.LG</c>): hints for pages and future scoring.</summary>
    public ImmutableArray<string> Arxiv { get; init; } = [];

    public ImmutableArray<PhraseSignal> Phrases { get; init; } = [];
    public ImmutableArray<PatternSignal> Patterns { get; init; } = [];

    /// <summary>Line in the vocabulary file where the tag starts, for messages.</summary>
    public int Line { get; init; }
}
