using PaperArchive.TeX;

namespace PaperArchive.Tests.TeX;

public class TexSpansTests
{
    [Theory]
    [InlineData("Sorting in $\\mathcal{O}(n \\log n)$ time", "\\mathcal{O}(n \\log n)", false)]
    [InlineData("A display $$\\sum_k k$$ here", "\\sum_k k", true)]
    [InlineData("Inline \\(x^2\\) here", "x^2", false)]
    [InlineData("Display \\[x^2\\] here", "x^2", true)]
    [InlineData("$x$", "x", false)]
    public void Finds_math_between_every_kind_of_delimiter(string text, string tex, bool display)
    {
        var math = Assert.Single(TexSpans.Split(text), s => s.IsMath);
        Assert.Equal(tex, math.Text);
        Assert.Equal(display, math.Display);
        Assert.Equal(text, string.Concat(TexSpans.Split(text).Select(s => s.Source)));
    }

    [Theory]
    [InlineData("It costs $5 and $10 per run.")]
    [InlineData("It costs US$5 per run, and $5 more with ensembles.")]
    [InlineData("Prices in US$ and $ signs alone.")]
    [InlineData("An escaped \\$x\\$ is text.")]
    [InlineData("A $ spaced $ pair is not math.")]
    [InlineData("Across $a\n\nparagraphs$ is not math.")]
    [InlineData("Plain text with no math at all.")]
    public void Dollar_signs_that_are_not_math_stay_text(string text)
    {
        Assert.False(TexSpans.HasMath(text));
        Assert.Equal(text, string.Concat(TexSpans.Split(text).Select(s => s.Source)));
    }
}

public class TexHtmlTests
{
    [Fact]
    public void Math_becomes_mathml_and_the_text_around_it_is_encoded()
    {
        var html = TexHtml.Render("Bound <1> & $\\mathcal{O}(n^2)$ holds");
        Assert.StartsWith("Bound &lt;1&gt; &amp; <math>", html);
        Assert.Contains("<msup><mi>n</mi><mn>2</mn></msup>", html);
        Assert.EndsWith("</math> holds", html);
    }

    [Fact]
    public void Display_math_is_a_block_except_where_asked_to_stay_inline()
    {
        Assert.Contains("<math display=\"block\"", TexHtml.Render("$$x^2$$"));
        Assert.DoesNotContain("display=\"block\"", TexHtml.Render("$$x^2$$", inlineOnly: true));
    }

    [Theory]
    [InlineData("Broken $\\frac{a$ formula")]
    [InlineData("Unknown $\\notacommand x$ macro")]
    public void Invalid_tex_stays_as_written_and_is_reported(string text)
    {
        Assert.Equal(System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "'"), TexHtml.Render(text));
        var (source, error) = Assert.Single(TexHtml.Invalid(text));
        Assert.StartsWith("$", source);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Formulas_cannot_produce_links_or_markup_other_than_mathml()
    {
        var html = TexHtml.Render("$\\href{javascript:alert(1)}{x}$ and $\\class{evil}{x}$ and $\\text{<script>}$");
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("class=\"evil\"", html);
    }

    [Fact]
    public void Hostile_nesting_is_refused_not_a_crash()
    {
        var deep = "$" + string.Concat(Enumerable.Repeat("{", 900)) + "x" + string.Concat(Enumerable.Repeat("}", 900)) + "$";
        Assert.Equal(System.Net.WebUtility.HtmlEncode(deep), TexHtml.Render(deep));
    }
}

public class FormulaCacheTests
{
    [Fact]
    public void A_build_renders_only_formulas_no_earlier_build_stored_and_warns_the_same()
    {
        using var temp = new PaperArchive.Tests.Support.TempFolder();
        var archive = new PaperArchive.Model.Archive(
        [
            new PaperArchive.Model.Paper { Key = "a", Slug = "a", Title = "On $x^2$", Abstract = "We show $$\\sum_k k$$ and $\\frac{a$.", Days = [new DateOnly(2025, 3, 10)] },
        ], [new PaperArchive.Model.Day(new DateOnly(2025, 3, 10), ["a"], "2025-03-10.json")]);

        var first = new TexRenderer();
        var warnings = PaperArchive.Site.MathWarnings.For(archive, new PaperArchive.Incremental.FormulaCache(new PaperArchive.Incremental.CacheStore(temp.Path)), first);
        // x^2, the sum inline and as a block, and the broken fraction.
        Assert.Equal(4, first.Rendered);

        var second = new TexRenderer();
        var again = PaperArchive.Site.MathWarnings.For(archive, new PaperArchive.Incremental.FormulaCache(new PaperArchive.Incremental.CacheStore(temp.Path)), second);
        Assert.Equal(0, second.Rendered);
        Assert.Equal(warnings, again);
        Assert.Contains("$\\frac{a$", Assert.Single(again).Message);
        Assert.Equal(first.Render("x^2", false), second.Render("x^2", false));
    }
}
