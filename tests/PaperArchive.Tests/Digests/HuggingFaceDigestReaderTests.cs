using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Model;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

public class HuggingFaceDigestReaderTests
{
    [Fact]
    public void A_daily_papers_response_reads_ids_authors_and_clean_text()
    {
        // Written for this project in the API's shape (wrapped titles and summaries, author records, submitter, media).
        var result = DigestReader.Read(Fixture("hf-daily-papers-2025-02-14.json"));

        AssertNoDiagnostics(result);
        var digest = result.Digest!;
        Assert.Equal(new DateOnly(2025, 2, 14), digest.Date);
        Assert.Equal(["2502.09991", "2502.08812", "2502.07735"], digest.Entries.Select(e => e.ArxivId));

        var first = digest.Entries[0];
        Assert.Equal("Tiled Attention Kernels: Linear-Memory Training for Long-Context Transformers", first.Title);
        Assert.StartsWith("Attention over long documents is limited less by arithmetic than by the memory needed to hold the full score matrix.", first.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', first.Abstract);
        Assert.Equal(["Mira Castellanos", "Tomasz Wielki", "Ngozi Adeyemi", "Jun-seo Park", "Hélène Duval"], first.Authors.AsEnumerable());
        Assert.Equal(58, first.Upvotes);
        Assert.Equal(new DateOnly(2025, 2, 12), first.Published);
        Assert.Equal("$[0]", first.Location);

        var second = digest.Entries[1];
        Assert.Equal("Do Retrieval Heads Really Fix Factual Errors?", second.Title);
        Assert.Equal(["Lars Øvergaard", "Priya Raman"], second.Authors.AsEnumerable());   // the hidden author is not shown

        var third = digest.Entries[2];
        Assert.Contains("gets wrong.\n\nOn three public", third.Abstract, StringComparison.Ordinal);
        Assert.Equal([new PaperLink("Code", "https://github.com/example-lab/small-tables"), new PaperLink("Project page", "https://example.org/small-tables")], third.Links.AsEnumerable());
        Assert.Equal(["embedding tables", "learned compression", "feature stores"], third.Tags.AsEnumerable());
    }

    [Fact]
    public void The_shared_real_response_reads_two_papers_with_ids_authors_and_clean_text()
    {
        var result = DigestReader.Read(Requires.SharedSample("hf-daily-papers-2024-10-25.json"));

        AssertNoDiagnostics(result);
        var digest = result.Digest!;
        Assert.Equal(new DateOnly(2024, 10, 25), digest.Date);
        Assert.Equal(["2410.17243", "2410.16251"], digest.Entries.Select(e => e.ArxivId));

        var first = digest.Entries[0];
        Assert.Equal("Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss", first.Title);
        Assert.StartsWith("Contrastive loss is a powerful approach for representation learning, where larger batch sizes", first.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', first.Abstract);
        Assert.Equal(9, first.Authors.Length);
        Assert.Equal("Zesen Cheng", first.Authors[0]);
        Assert.Equal(74, first.Upvotes);
        Assert.Equal(new DateOnly(2024, 10, 22), first.Published);
        Assert.Equal("$[0]", first.Location);
        Assert.Equal("Can Knowledge Editing Really Correct Hallucinations?", digest.Entries[1].Title);
        Assert.NotEmpty(digest.Entries[1].Authors);
    }

    [Fact]
    public void Fixture_reads_links_keywords_paragraphs_and_skips_hidden_authors()
    {
        var result = DigestReader.Read(Fixture("hf-daily-papers-small.json"));

        AssertNoDiagnostics(result);
        var first = result.Digest!.Entries[0];
        Assert.Equal("Analytical Engines for Modern Workloads", first.Title);
        Assert.Equal("We revisit the analytical engine for modern workloads. It works.\n\nA second paragraph with details.", first.Abstract);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], first.Authors.AsEnumerable());
        Assert.Equal([new PaperLink("Code", "https://github.com/example/engine"), new PaperLink("Project page", "https://example.org/engine")], first.Links.AsEnumerable());
        Assert.Equal(["analytical engine", "workloads"], first.Tags.AsEnumerable());
    }

    [Fact]
    public void Without_a_dated_file_name_the_most_common_item_day_is_used()
    {
        // Items were published on 2025-01-03 (twice) and 2025-01-02 (once).
        Assert.Equal(new DateOnly(2025, 1, 3), DigestReader.Read(Fixture("hf-daily-papers-small.json")).Digest!.Date);
    }

    [Fact]
    public void Missing_optional_fields_are_fine()
    {
        var result = ReadText("2025-01-03.json", """[{ "paper": { "title": "Only a Title", "summary": "Text." } }, { "title": "Item Title Only", "paper": {} }]""");

        Assert.False(result.Failed);
        Assert.Equal(["Only a Title", "Item Title Only"], result.Digest!.Entries.Select(e => e.Title));
        AssertSingle(result, Severity.Warning, "$[1].paper.summary", "no summary");
    }

    [Fact]
    public void Wrong_types_on_optional_fields_are_warnings_with_the_json_path()
    {
        var result = ReadText("2025-01-03.json", """
            [{ "title": "T", "paper": { "summary": "S.", "upvotes": "many", "authors": "Ada", "ai_keywords": [1, "kept"], "githubRepo": 7 } }]
            """);

        Assert.False(result.Failed);
        var locations = result.Warnings().Select(w => w.Location!).Order(StringComparer.Ordinal);
        Assert.Equal(["$[0].paper.ai_keywords[0]", "$[0].paper.authors", "$[0].paper.githubRepo", "$[0].paper.upvotes"], locations);
        Assert.Equal(["kept"], result.Digest!.Entries.Single().Tags.AsEnumerable());
    }

    [Fact]
    public void Item_without_a_usable_title_is_an_error_and_skipped_others_kept()
    {
        var result = ReadText("2025-01-03.json", """[{ "paper": { "title": ["not", "text"] } }, { "title": "   " }, { "title": "Kept", "paper": { "summary": "S." } }]""");

        var errors = result.Errors().Select(e => e.Location!).ToArray();
        Assert.Equal(["$[0].paper.title", "$[1].title"], errors);
        Assert.Equal("Kept", result.Digest!.Entries.Single().Title);
    }

    [Fact]
    public void Deeply_nested_json_is_a_clear_error()
    {
        var result = ReadText("2025-01-03.json", new string('[', 10_000) + new string(']', 10_000));

        var error = AssertSingle(result, Severity.Error, "1", "depth");
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Javascript_url_is_dropped_with_a_warning()
    {
        var result = ReadText("2025-01-03.json", """[{ "title": "T", "paper": { "summary": "S.", "projectPage": "javascript:alert(1)" } }]""");

        AssertSingle(result, Severity.Warning, "$[0].paper.projectPage", "not an http(s) URL");
        Assert.Empty(result.Digest!.Entries.Single().Links);
    }

    [Fact]
    public void Root_that_is_not_an_array_is_an_error()
    {
        AssertSingle(ReadText("2025-01-03.json", """{ "papers": [] }"""), Severity.Error, "$", "expected an array");
    }

    [Fact]
    public void No_dated_file_name_and_no_item_dates_is_an_error()
    {
        AssertSingle(ReadText("papers.json", "[]"), Severity.Error, "$", "name the file YYYY-MM-DD.json");
    }

    [Fact]
    public void Day_out_of_range_is_an_error()
    {
        AssertSingle(ReadText("papers.json", """[{ "title": "T", "publishedAt": "1980-05-01T00:00:00Z" }]"""), Severity.Error, "$", "outside the years");
    }
}
