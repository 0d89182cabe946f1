using PaperArchive.Diagnostics;
using PaperArchive.Digests;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Digests.DigestTestSupport;

namespace PaperArchive.Tests.Digests;

public class TextDigestReaderTests
{
    private const string Abstract1 = "We study things in depth. The results are good. Code is available.";
    private const string Abstract2 = "Another abstract with several sentences. It explains the method. It reports results.";

    private static string TwoPapers(string newline = "\n") => string.Join(newline,
        "new", "", "Subscribe", "", "Mar 11", "",
        "First Paper Title", "", Abstract1, "",
        "Second Paper: A Study", "", Abstract2, "");

    private static List<(string Title, string Abstract, string Location)> Shape(Digest digest) =>
        [.. digest.Entries.Select(e => (e.Title, e.Abstract, e.Location))];

    [Fact]
    public void Sample_digest_reads_as_54_papers_on_2025_03_11_without_warnings()
    {
        var result = DigestReader.Read(RepoPaths.SampleDigest);

        AssertNoDiagnostics(result);
        Assert.Equal(new DateOnly(2025, 3, 11), result.Digest!.Date);
        Assert.Equal(54, result.Digest.Entries.Length);
        Assert.Equal("Magnitude Invariant Parametrizations Improve Hypernetwork Learning", result.Digest.Entries[0].Title);
        Assert.All(result.Digest.Entries, e => Assert.True(e.Abstract.Length > 300));
    }

    [Fact]
    public void Reads_titles_abstracts_and_line_locations()
    {
        var result = ReadText("2025-03-11.txt", TwoPapers());

        AssertNoDiagnostics(result);
        var entries = result.Digest!.Entries;
        Assert.Equal(["First Paper Title", "Second Paper: A Study"], entries.Select(e => e.Title));
        Assert.Equal(Abstract1, entries[0].Abstract);
        Assert.Equal("7", entries[0].Location);
        Assert.Equal("11", entries[1].Location);
    }

    [Fact]
    public void Crlf_line_endings_read_like_lf()
    {
        Assert.Equal(Shape(ReadOk("2025-03-11.txt", TwoPapers())), Shape(ReadOk("2025-03-11.txt", TwoPapers("\r\n"))));
    }

    [Fact]
    public void Lone_cr_line_endings_read_like_lf()
    {
        Assert.Equal(Shape(ReadOk("2025-03-11.txt", TwoPapers())), Shape(ReadOk("2025-03-11.txt", TwoPapers("\r"))));
    }

    [Fact]
    public void Trailing_spaces_are_trimmed_and_whitespace_only_lines_are_blank()
    {
        var digest = ReadOk("2025-03-11.txt", "Mar 11   \n   \nA Title   \n \t \n" + Abstract1 + "  \n");

        Assert.Equal("A Title", digest.Entries.Single().Title);
        Assert.Equal(Abstract1, digest.Entries.Single().Abstract);
    }

    [Fact]
    public void Tabs_become_single_spaces()
    {
        var digest = ReadOk("2025-03-11.txt", "Mar 11\n\n\tA\tTabbed  Title\n\n" + Abstract1.Replace(" ", "\t", StringComparison.Ordinal) + "\n");

        Assert.Equal("A Tabbed Title", digest.Entries.Single().Title);
        Assert.Equal(Abstract1, digest.Entries.Single().Abstract);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_with_a_space()
    {
        var digest = ReadOk("2025-03-11.txt", "Mar 11\n\nA Long Title That\nWraps Over Lines\n\nWe study things\nin depth. The results\nare good. Code is available.\n");

        Assert.Equal("A Long Title That Wraps Over Lines", digest.Entries.Single().Title);
        Assert.Equal(Abstract1, digest.Entries.Single().Abstract);
    }

    [Fact]
    public void Non_ascii_text_is_kept_and_normalised_to_nfc()
    {
        // "u" + combining diaeresis must come out as the single character "ü".
        var digest = ReadOk("2025-03-11.txt", "Mar 11\n\nU\u0308ber Ω-Netze und 中文 Modelle\n\n" + Abstract1 + " Ωmega 中文.\n");

        Assert.Equal("Über Ω-Netze und 中文 Modelle", digest.Entries.Single().Title);
        Assert.EndsWith("Ωmega 中文.", digest.Entries.Single().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_looking_text_is_kept_literally()
    {
        var digest = ReadOk("2025-03-11.txt", "Mar 11\n\n<script>alert(1)</script> Q&amp;A Models\n\n" + Abstract1 + " We use <b>bold</b> &amp; more.\n");

        Assert.Equal("<script>alert(1)</script> Q&amp;A Models", digest.Entries.Single().Title);
        Assert.Contains("<b>bold</b> &amp; more.", digest.Entries.Single().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_abstract_keeps_the_paper_with_a_warning_at_its_line()
    {
        var result = ReadText("2025-03-11.txt", "Mar 11\n\nLonely Title\n\nNext Title\n\n" + Abstract1 + "\n");

        AssertSingle(result, Severity.Warning, "3", "no abstract");
        Assert.Equal(["Lonely Title", "Next Title"], result.Digest!.Entries.Select(e => e.Title));
        Assert.Equal("", result.Digest.Entries[0].Abstract);
        Assert.Equal(Abstract1, result.Digest.Entries[1].Abstract);
    }

    [Fact]
    public void Missing_abstract_on_the_last_paper_is_kept_with_a_warning()
    {
        var result = ReadText("2025-03-11.txt", "Mar 11\n\nA Title\n\n" + Abstract1 + "\n\nLast Title\n");

        AssertSingle(result, Severity.Warning, "7", "no abstract");
        Assert.Equal(2, result.Digest!.Entries.Length);
    }

    [Fact]
    public void Abstract_without_a_title_is_skipped_with_a_warning()
    {
        var result = ReadText("2025-03-11.txt", "Mar 11\n\n" + Abstract2 + "\n\nA Title\n\n" + Abstract1 + "\n");

        AssertSingle(result, Severity.Warning, "3", "no title");
        Assert.Equal("A Title", result.Digest!.Entries.Single().Title);
    }

    [Fact]
    public void Title_with_one_inner_sentence_break_is_still_a_title()
    {
        var digest = ReadOk("2025-03-11.txt", "Mar 11\n\nA for-loop is all you need. For solving the inverse problem\n\n" + Abstract1 + "\n");

        Assert.Equal(Abstract1, digest.Entries.Single().Abstract);
    }

    [Fact]
    public void Day_without_papers_is_a_valid_empty_day()
    {
        var result = ReadText("2025-03-11.txt", "new\n\nMar 11\n\n");

        AssertNoDiagnostics(result);
        Assert.Empty(result.Digest!.Entries);
    }

    [Fact]
    public void Empty_file_is_an_error_asking_for_a_date_line()
    {
        var result = ReadText("2025-03-11.txt", "");

        AssertSingle(result, Severity.Error, "1", "date line");
        Assert.Null(result.Digest);
    }

    [Fact]
    public void Unknown_line_before_the_date_line_is_ignored_with_a_warning()
    {
        var result = ReadText("2025-03-11.txt", "new\n\nSome Misplaced Paper Title\n\nMar 11\n\nA Title\n\n" + Abstract1 + "\n");

        AssertSingle(result, Severity.Warning, "3", "before the date line");
        Assert.Single(result.Digest!.Entries);
    }

    [Fact]
    public void Duplicate_paper_within_a_day_is_kept_once_with_a_warning()
    {
        var result = ReadText("2025-03-11.txt", "Mar 11\n\nSame Title\n\n" + Abstract1 + "\n\nSame  title\n\n" + Abstract1 + "\n");

        AssertSingle(result, Severity.Warning, "7", "listed twice on this day (first at 3)");
        Assert.Equal(Abstract1, result.Digest!.Entries.Single().Abstract);
    }

    [Fact]
    public void The_same_title_twice_with_different_abstracts_is_two_papers_not_a_repeat()
    {
        var result = ReadText("2025-03-11.txt", "Mar 11\n\nSame Title\n\n" + Abstract1 + "\n\nSame  title\n\n" + Abstract2 + "\n");

        AssertNoDiagnostics(result);
        Assert.Equal([Abstract1, Abstract2], result.Digest!.Entries.Select(e => e.Abstract));
    }

    [Fact]
    public void Control_characters_are_removed_with_a_warning()
    {
        var result = ReadText("2025-03-11.txt", "Mar 11\n\nBell\u0007 Title\u001B\n\n" + Abstract1 + "\n");

        AssertSingle(result, Severity.Warning, "3", "control characters");
        Assert.Equal("Bell Title", result.Digest!.Entries.Single().Title);
    }
}
