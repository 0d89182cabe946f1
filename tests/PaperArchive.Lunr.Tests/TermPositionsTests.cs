using System.Text.Json;
using PaperArchive.Lunr.Tests.Support;

namespace PaperArchive.Lunr.Tests;

/// <summary>
/// <see cref="TermPositions"/> holds, for every term, field and document, exactly the token <c>index</c> values lunr.js
/// records with <c>metadataWhitelist: ['index']</c> — stop words keeping their place, a hyphenated word's whole and
/// parts at one place, folded accents — on every corpus (string fields; lunr records no index for array fields).
/// </summary>
[Trait("Category", "Slow")]
public sealed class TermPositionsTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Theory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void Positions_are_what_lunr_js_records_as_token_index(string corpusName)
    {
        Assert.NotNull(node);
        var corpus = Corpora.ByName(corpusName);
        using var temp = new TempFolder();
        using var lunrJs = JsonDocument.Parse(LunrJs.BuildIndex(corpus, temp, positions: true));

        var index = corpus.BuildIndex();
        var positions = TermPositions.Of(index, LunrOrder(corpus, index), corpus.Fold ? TokenPipeline.Folding : TokenPipeline.Lunr);
        var documentNumbers = corpus.Documents.Select((d, i) => (d.Ref, i)).ToDictionary(p => p.Ref, p => p.i, StringComparer.Ordinal);
        var compared = 0;
        foreach (var entry in lunrJs.RootElement.GetProperty("invertedIndex").EnumerateArray())
        {
            var term = entry[0].GetRawText(); // raw: a few corpora hold lone surrogates
            var termIndex = entry[1].GetProperty("_index").GetInt32();
            for (var field = 0; field < index.Fields.Count; field++)
            {
                var expected = new SortedSet<(int Document, int Position)>();
                var arrayField = false;
                foreach (var posting in entry[1].GetProperty(index.Fields[field]).EnumerateObject())
                {
                    var recorded = posting.Value.GetProperty("index");
                    if (recorded.EnumerateArray().Any(value => value.ValueKind == JsonValueKind.Null)) { arrayField = true; continue; }
                    foreach (var value in recorded.EnumerateArray()) expected.Add((documentNumbers[posting.Name], value.GetInt32()));
                }
                if (arrayField) continue;
                var documents = positions.Documents(termIndex, field).ToArray();
                var places = positions.Positions(termIndex, field).ToArray();
                var actual = Enumerable.Range(0, documents.Length).Select(i => (documents[i], places[i])).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{corpusName}: term {term} in {index.Fields[field]}: lunr.js {string.Join(' ', expected)}, C# {string.Join(' ', actual)}");
                compared += actual.Count;
            }
        }
        Assert.True(compared > 0 || corpus.Documents.Count == 0, $"{corpusName}: no positions compared");
    }

    [Fact]
    public void Stop_words_keep_their_place_and_a_hyphenated_word_shares_one()
    {
        var fields = new LunrField[] { new("title") };
        var builder = new IndexBuilder(fields, TokenPipeline.Folding);
        builder.Add("a", [FieldValue.FromText("State of the art GPT-4o for Schrödinger bridges")]);
        var index = builder.Build();
        var positions = TermPositions.Of(index, [[FieldValue.FromText("State of the art GPT-4o for Schrödinger bridges")]], TokenPipeline.Folding);
        int[] At(string term) => positions.Positions(index.Terms.Single(t => t.Text == term).Index, 0).ToArray();
        Assert.Equal([0], At("state"));
        Assert.Equal([3], At("art"));
        Assert.Equal([4], At("gpt-4o"));
        Assert.Equal([4], At("gpt"));
        Assert.Equal([4], At("4o"));
        Assert.Equal([6], At("schroding"));
        Assert.Equal([7], At("bridg"));
    }

    private static IEnumerable<IReadOnlyList<FieldValue>> LunrOrder(Corpus corpus, LunrIndex index)
    {
        var order = index.Fields.Select(name => corpus.Fields.Select(f => f.Name).ToList().IndexOf(name)).ToArray();
        return corpus.Documents.Select(d => (IReadOnlyList<FieldValue>)[.. order.Select(i => d.Values[i])]);
    }
}
