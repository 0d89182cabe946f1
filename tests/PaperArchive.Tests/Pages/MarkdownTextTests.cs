using PaperArchive.Display;
using PaperArchive.Pages;

namespace PaperArchive.Tests.Pages;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("*emph* and _under_", "<p>*emph* and _under_</p>")]
    [InlineData("<script>x</script>", "<p>&lt;script&gt;x&lt;/script&gt;</p>")]
    [InlineData("&amp; stays &amp;", "<p>&amp;amp; stays &amp;amp;</p>")]
    [InlineData("# not a heading", "<p># not a heading</p>")]
    [InlineData("2024. Not a list", "<p>2024. Not a list</p>")]
    [InlineData("- not a list", "<p>- not a list</p>")]
    [InlineData("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>")]
    [InlineData("a | b | c", "<p>a | b | c</p>")]
    [InlineData("`code` and \\backslash", "<p>`code` and \\backslash</p>")]
    [InlineData("Ω ü 中文", "<p>Ω ü 中文</p>")]
    public void Escaped_text_renders_as_exactly_that_text(string text, string html) =>
        Assert.Equal(html, MarkdownRenderer.ToHtml(MarkdownText.Escape(text)).Trim());

    [Fact]
    public void Excerpts_cut_at_a_word_and_say_so()
    {
        Assert.Equal("one two…", Excerpt.Of("one two three", 9));
        Assert.Equal("short", Excerpt.Of("short", 9));
    }
}
