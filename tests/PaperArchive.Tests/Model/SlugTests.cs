using PaperArchive.Model;

namespace PaperArchive.Tests.Model;

public class SlugTests
{
    [Theory]
    [InlineData("MgNO: Efficient Parameterization of Linear Operators via Multigrid", "mgno-efficient-parameterization-of-linear-operators-via-multigrid")]
    [InlineData("Über Ω-Räume: café", "uber-raume-cafe")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("..", "paper")]
    [InlineData("中文标题", "paper")]
    [InlineData("CON", "con-paper")]
    [InlineData("nul", "nul-paper")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("Don't Stop", "dont-stop")]
    public void Titles_become_safe_readable_slugs(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromTitle(title));
        Assert.True(Slugs.IsSafe(slug));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_within_the_limit()
    {
        var slug = Slugs.FromTitle(string.Join(' ', Enumerable.Repeat("representation", 40)));
        Assert.InRange(slug.Length, 1, Slugs.MaxLength);
        Assert.EndsWith("representation", slug);
    }

    [Fact]
    public void Slugs_do_not_depend_on_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("istanbul-index", Slugs.FromTitle("ISTANBUL INDEX"));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }
}
