using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

public class MarkdownDigestReaderTests
{
    [Fact]
    public void Front_matter_happy_path_reads_every_field()
    {
        var result = DigestReader.Read(Fixture("2025-03-12.md"));

        AssertNoDiagnostics(result);
        var digest = result.Digest!;
        Assert.Equal(new DateOnly(2025, 3, 12), digest.Date);
        Assert.Equal(2, digest.Entries.Length);

        var first = digest.Entries[0];
        Assert.Equal("Hand-Written Digests Made Easy", first.Title);
        Assert.Equal("We show how to write a digest by hand. It is short and readable.\n\nA second paragraph explains the details.", first.Abstract);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], first.Authors.AsEnumerable());
        Assert.Equal("2503.01234", first.ArxivId);
        Assert.Equal(["digests", "yaml"], first.Tags.AsEnumerable());
        Assert.Equal([new PaperLink("Code", "https://github.com/example/digests")], first.Links.AsEnumerable());
        Assert.Equal("4", first.Location);

        var second = digest.Entries[1];
        Assert.Equal("Quoted: Titles With Colons", second.Title);
        Assert.Equal(["Grace Hopper", "Edsger Dijkstra"], second.Authors.AsEnumerable());
        Assert.Equal("2503.04321", second.ArxivId);
        Assert.Empty(second.Links);
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_line_in_the_file()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: \"Unclosed\n    abstract: x\n---\n");

        var error = AssertSingle(result, Severity.Error, "4", "not valid YAML");
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_errors_name_the_line_in_the_file()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: Good\n    abstract: Fine text.\n  - abstract: No title here.\n---\n");

        AssertSingle(result, Severity.Error, "6", "no title");
        Assert.Equal("Good", result.Digest!.Entries.Single().Title);
    }

    [Fact]
    public void Yaml_bomb_fails_fast_with_a_clear_error()
    {
        var lines = new List<string> { "---", "date: 2025-03-12", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            lines.Add($"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]");
        }
        lines.Add("papers: *i");
        lines.Add("---");

        var result = ReadText("2025-03-12.md", string.Join('\n', lines));

        AssertSingle(result, Severity.Error, "4", "aliases");
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Title_as_a_list_is_an_error_for_that_paper_only()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: [a, b]\n    abstract: x.\n  - title: Kept\n    abstract: y.\n---\n");

        AssertSingle(result, Severity.Error, "4", "title must be text");
        Assert.Equal("Kept", result.Digest!.Entries.Single().Title);
    }

    [Fact]
    public void Papers_as_a_string_is_an_error()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers: just some text\n---\n");

        Assert.Collection(result.Errors(),
            error => Assert.Equal(("3", "'papers:' must be a list, one '- title: …' entry per paper"), (error.Location, error.Message)),
            error => Assert.Contains("2025-03-12 is not shown as a day without papers", error.Message, StringComparison.Ordinal));
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Missing_front_matter_is_an_error()
    {
        AssertSingle(ReadText("2025-03-12.md", "# Papers\n\nNo front matter here.\n"), Severity.Error, "1", "front matter");
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        AssertSingle(ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers: []\n"), Severity.Error, "1", "never closed");
    }

    [Fact]
    public void Javascript_url_is_dropped_with_a_warning()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: T\n    abstract: A.\n    url: javascript:alert(1)\n    links:\n      - https://example.org/ok\n---\n");

        AssertSingle(result, Severity.Warning, "6", "not an http(s) URL");
        Assert.Equal([new PaperLink("Link", "https://example.org/ok")], result.Digest!.Entries.Single().Links.AsEnumerable());
    }

    [Fact]
    public void Invalid_arxiv_id_is_dropped_with_a_warning()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: T\n    abstract: A.\n    arxiv: not-an-id\n---\n");

        AssertSingle(result, Severity.Warning, "6", "not an arXiv id");
        Assert.Null(result.Digest!.Entries.Single().ArxivId);
    }

    [Fact]
    public void Date_contradicting_the_file_name_is_an_error()
    {
        AssertSingle(ReadText("2025-03-11.md", "---\ndate: 2025-03-12\npapers: []\n---\n"), Severity.Error, "2", "make them agree");
    }

    [Fact]
    public void Empty_papers_list_is_a_valid_empty_day()
    {
        var result = ReadText("notes.md", "---\ndate: 2025-03-12\npapers:\n---\nNothing trended today.\n");

        AssertNoDiagnostics(result);
        Assert.Empty(result.Digest!.Entries);
    }

    [Fact]
    public void Wrong_type_on_an_optional_field_is_a_warning_and_the_paper_is_kept()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: T\n    abstract: A.\n    authors:\n      name: Ada\n---\n");

        AssertSingle(result, Severity.Warning, "7", "must be a list or a comma-separated line");
        Assert.Empty(result.Digest!.Entries.Single().Authors);
    }

    [Fact]
    public void Unknown_key_is_a_warning_naming_its_line()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers:\n  - title: T\n    abstrct: A.\n---\n");

        Assert.Contains(result.Warnings(), w => w.Location == "5" && w.Message.Contains("unknown key 'abstrct'", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_date_key_the_day_comes_from_the_file_name()
    {
        Assert.Equal(new DateOnly(2025, 3, 12), ReadOk("2025-03-12.md", "---\npapers: []\n---\n").Date);
    }

    [Fact, Trait("Category", "Slow")]
    public void Hundred_thousand_papers_read()
    {
        const int count = 100_000;
        var text = new System.Text.StringBuilder("---\ndate: 2025-03-12\npapers:\n");
        for (var i = 0; i < count; i++) text.Append("  - title: Paper ").Append(i).Append("\n    abstract: Text.\n");
        text.Append("---\n");

        Assert.Equal(count, ReadOk("2025-03-12.md", text.ToString()).Entries.Length);
    }

    [Fact]
    public void Deeply_nested_yaml_is_a_clear_error()
    {
        var result = ReadText("2025-03-12.md", "---\ndate: 2025-03-12\npapers: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n");

        AssertSingle(result, Severity.Error, "3", "nested more than");
    }
}
