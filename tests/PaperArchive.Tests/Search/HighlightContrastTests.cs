using System.Globalization;
using System.Text.RegularExpressions;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>
/// Marked words in results (titles are links, authors and excerpts text, the meta line muted) keep WCAG AA contrast
/// (4.5:1) on the highlight colour, in the theme's light and dark palettes alike.
/// </summary>
public partial class HighlightContrastTests
{
    [GeneratedRegex(@"--(?<name>[a-z]+):\s*(?<value>#[0-9a-fA-F]{6})")]
    private static partial Regex Colour();

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void Highlighted_text_and_links_reach_4_5_to_1(string scheme)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "static", "assets", "style.css"));
        var darkStart = css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal);
        var block = scheme == "light" ? css[..darkStart] : css[darkStart..css.IndexOf('}', darkStart)];
        var colours = Colour().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        foreach (var text in new[] { "fg", "accent", "muted" })
        {
            var ratio = Contrast(colours[text], colours["mark"]);
            Assert.True(ratio >= 4.5, $"{scheme}: --{text} on --mark is {ratio:0.00}:1");
        }
    }

    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }
}
