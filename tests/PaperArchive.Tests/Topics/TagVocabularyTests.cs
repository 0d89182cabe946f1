using System.Text;
using PaperArchive.Topics;

namespace PaperArchive.Tests.Topics;

public sealed class TagVocabularyTests
{
    [Fact]
    public void The_shipped_vocabulary_loads_with_safe_unique_slugs_and_descriptions()
    {
        var vocabulary = SamplePapers.Vocabulary;
        Assert.InRange(vocabulary.Tags.Length, 40, 61);
        Assert.Equal("Uncategorized", vocabulary.Uncategorized.Name);
        Assert.All(vocabulary.Tags, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.All(vocabulary.Tags.Where(t => t.Slug != TagVocabulary.UncategorizedSlug), t => Assert.NotEmpty(t.Phrases));
    }

    [Fact]
    public void Phrases_are_normalised_and_patterns_anchored()
    {
        var vocabulary = Load("""
            tags:
              - slug: rl
                name: RL
                description: d.
                arxiv: [cs.LG]
                phrases:
                  Reinforcement-Learning: 3
                patterns:
                  "rl|marl": 2
              - slug: uncategorized
                name: Uncategorized
                description: d.
            """);
        var rl = vocabulary.BySlug["rl"];
        Assert.Equal<string>(["reinforcement", "learn"], rl.Phrases[0].Tokens);
        Assert.Equal(3, rl.Phrases[0].Weight);
        Assert.Matches(rl.Patterns[0].Regex, "marl");
        Assert.DoesNotMatch(rl.Patterns[0].Regex, "url");
        Assert.Equal<string>(["cs.LG"], rl.Arxiv);
    }

    [Theory]
    [InlineData("  - slug: Bad_Slug\n    name: X\n    description: d.\n", 2, "slug 'Bad_Slug'")]
    [InlineData("  - slug: uncategorized\n    name: X\n    description: d.\n", 5, "duplicate slug 'uncategorized'")]
    [InlineData("  - slug: x\n    name: X\n    description: d.\n    patterns:\n      \"(unclosed\": 2\n", 6, "bad pattern '(unclosed'")]
    [InlineData("  - slug: x\n    name: X\n    description: d.\n    phrases:\n      deep learning: lots\n", 6, "weight of 'deep learning'")]
    [InlineData("  - slug: x\n    name: X\n    descripton: d.\n", 4, "unknown key 'descripton'")]
    [InlineData("  - slug: x\n    name: X\n", 2, "has no 'description'")]
    public void Errors_name_the_file_and_line(string firstTag, int line, string problem)
    {
        var text = "tags:\n" + firstTag + "  - slug: uncategorized\n    name: Uncategorized\n    description: d.\n";
        var error = Assert.Throws<TagVocabularyException>(() => Load(text));
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"tags-test.yml:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uncategorized_is_required_and_yaml_syntax_errors_have_a_line()
    {
        Assert.Contains("'uncategorized'", Assert.Throws<TagVocabularyException>(() => Load("tags:\n  - slug: x\n    name: X\n    description: d.\n")).Message, StringComparison.Ordinal);
        Assert.InRange(Assert.Throws<TagVocabularyException>(() => Load("tags:\n  - slug: x\n    name: [unclosed\n")).Line, 3, 4);
    }

    [Fact]
    public void Nesting_too_deep_is_an_error_at_its_line_not_a_crash()
    {
        var deep = "tags:\n  - slug: x\n    keywords: " + new string('[', 200) + new string(']', 200) + "\n";
        var error = Assert.Throws<TagVocabularyException>(() => Load(deep));
        Assert.Equal(3, error.Line);
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    private static TagVocabulary Load(string yaml) => TagVocabulary.Load(new MemoryStream(Encoding.UTF8.GetBytes(yaml)), "tags-test.yml");
}
