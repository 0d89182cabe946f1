using System.Text.Json;
using PaperArchive.Lunr.Tests.Support;

namespace PaperArchive.Lunr.Tests;

/// <summary>Term-range shards keep global numbering and weights: merged they are the index; loaded alone they answer alike.</summary>
[Trait("Category", "Slow")]
public sealed class ShardTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    private const int ShardCount = 3;
    private readonly NodeFixture _node = node;

    private static IReadOnlyList<Range> ShardRanges(LunrIndex index) =>
        Enumerable.Range(0, ShardCount).Select(s => (index.Terms.Count * s / ShardCount)..(index.Terms.Count * (s + 1) / ShardCount)).ToList();

    private static byte[] WriteShard(LunrIndex index, Range range)
    {
        using var stream = new MemoryStream();
        LunrIndexWriter.Write(index, stream, range);
        return stream.ToArray();
    }

    [Fact]
    public void Merged_shards_equal_the_monolithic_index()
    {
        var index = Corpora.SampleArchive().BuildIndex();
        using var whole = JsonDocument.Parse(LunrIndexWriter.ToUtf8Bytes(index));
        var shards = ShardRanges(index).Select(range => JsonDocument.Parse(WriteShard(index, range))).ToList();

        var mergedTerms = shards.SelectMany(s => s.RootElement.GetProperty("invertedIndex").EnumerateArray()).Select(t => t.GetRawText());
        Assert.Equal(whole.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(t => t.GetRawText()), mergedTerms);

        var mergedVectors = shards.SelectMany(s => s.RootElement.GetProperty("fieldVectors").EnumerateArray())
            .GroupBy(v => v[0].GetString()!)
            .ToDictionary(g => g.Key, g => SortedPairs(g.SelectMany(v => v[1].EnumerateArray().Select(e => e.GetRawText()))));
        var wholeVectors = whole.RootElement.GetProperty("fieldVectors").EnumerateArray()
            .Where(v => v[1].GetArrayLength() > 0)
            .ToDictionary(v => v[0].GetString()!, v => SortedPairs(v[1].EnumerateArray().Select(e => e.GetRawText())));
        Assert.Equal(wholeVectors.Keys.Order(StringComparer.Ordinal), mergedVectors.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, pairs) in wholeVectors) Assert.Equal(pairs, mergedVectors[key]);
        foreach (var shard in shards) shard.Dispose();
    }

    private static List<string> SortedPairs(IEnumerable<string> flat)
    {
        var items = flat.ToList();
        return Enumerable.Range(0, items.Count / 2).Select(i => (Index: int.Parse(items[2 * i]), Weight: items[2 * i + 1]))
            .OrderBy(p => p.Index).Select(p => $"{p.Index}:{p.Weight}").ToList();
    }

    [Fact]
    public void Lunr_js_loads_each_shard_and_scores_its_queries_like_the_whole_index()
    {
        Assert.NotNull(_node);
        var index = Corpora.SampleArchive().BuildIndex();
        var wholeJson = LunrIndexWriter.ToUtf8Bytes(index);
        using var temp = new TempFolder();

        foreach (var range in ShardRanges(index))
        {
            // Terms the search pipeline leaves unchanged, so a query for the term touches only that term.
            var terms = index.Terms.Take(range).Select(t => t.Text)
                .Where(t => t.Length > 2 && t.All(char.IsAsciiLetterLower) && PorterStemmer.Stem(t) == t).ToList();
            Assert.True(terms.Count > 20, $"shard {range} has too few plain terms");
            var queries = Enumerable.Range(0, 10).Select(i => terms[i * terms.Count / 10])
                .Append($"{terms[1]} {terms[^2]}").Append($"+{terms[3]} -{terms[^4]}").Append($"title:{terms[5]}").ToList();

            var expected = LunrJs.Search(wholeJson, queries, temp);
            var actual = LunrJs.Search(WriteShard(index, range), queries, temp);

            Assert.Equal(expected, actual);
            Assert.Contains(expected, r => r.Contains("\"score\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Predicate_and_range_overloads_agree()
    {
        var index = Corpora.SampleArchive().BuildIndex();
        var firstHalf = index.Terms.Take(index.Terms.Count / 2).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        using var byPredicate = new MemoryStream();

        LunrIndexWriter.Write(index, byPredicate, term => firstHalf.Contains(term.Text));

        Assert.Equal(WriteShard(index, ..(index.Terms.Count / 2)), byPredicate.ToArray());
    }
}
