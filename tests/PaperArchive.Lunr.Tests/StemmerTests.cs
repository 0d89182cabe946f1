using System.Text.Json;
using System.Text.RegularExpressions;
using PaperArchive.Lunr.Tests.Support;

namespace PaperArchive.Lunr.Tests;

[Trait("Category", "Slow")]
public sealed partial class StemmerTests(NodeFixture node) : IClassFixture<NodeFixture>
{

    [Fact]
    public void Agrees_with_lunrs_stemming_vocabulary_fixture()
    {
        Assert.NotNull(node);
        // The fixture ships inside the pinned npm package (test/fixtures of lunr 2.3.9).
        var path = Path.Combine(NodeTooling.NodeModulesFolder, "lunr", "test", "fixtures", "stemming_vocab.json");
        var vocabulary = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
        Assert.True(vocabulary.Count >= 80, $"only {vocabulary.Count} fixture words");

        var mismatches = vocabulary.Where(pair => PorterStemmer.Stem(pair.Key) != pair.Value)
            .Select(pair => $"{pair.Key}: expected {pair.Value}, got {PorterStemmer.Stem(pair.Key)}").Take(20).ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Agrees_with_lunr_js_on_every_word_of_the_sample_abstracts_and_on_odd_inputs()
    {
        var words = Corpora.SampleAbstracts().SelectMany(text => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value))
            .Concat(["y", "yy", "yes", "yelling", "ıi", "café", "naïves", "über", "line\nbreaks", "ends\n", "a\u2028ing", "sses", "ies",
                     "eed", "ing", "ed", "s", "ss", "", "yies", "Ying", "hopping", "filing", "falling", "controll", "rolling"])
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(words.Count > 1000, $"only {words.Count} distinct words");
        using var temp = new TempFolder();

        var expected = LunrJs.Stem(words, temp);

        var mismatches = words.Select((word, i) => (word, expected: expected[i], actual: PorterStemmer.Stem(word)))
            .Where(x => x.expected != x.actual).Select(x => $"{x.word}: expected {x.expected}, got {x.actual}").Take(20).ToList();
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("running", "run")]
    [InlineData("hypernetworks", "hypernetwork")]
    [InlineData("parametrization", "parametr")]
    [InlineData("yelling", "yell")]
    [InlineData("at", "at")]
    public void Known_stems(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [GeneratedRegex(@"[a-z0-9]+(?:'[a-z]+)?")] private static partial Regex WordPattern();
}
