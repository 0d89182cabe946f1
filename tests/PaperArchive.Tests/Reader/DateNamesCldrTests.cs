using PaperArchive.Display;
using PaperArchive.Lunr.Tests.Support;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Reader;

/// <summary>
/// The shipped month and weekday names are the Unicode CLDR's, as tests/js/date-names.js reads them from the pinned
/// cldr-dates-full package. To refresh after changing the pin or the list of locales:
/// <c>node tests/js/date-names.js en en-GB … &gt; src/PaperArchive/Display/date-names.json</c>.
/// </summary>
[Trait("Category", "Slow")]
public class DateNamesCldrTests
{
    [Fact]
    public void The_shipped_table_is_what_the_pinned_cldr_release_says()
    {
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "PaperArchive", "Display", "date-names.json"));
        var fromCldr = NodeTooling.RunScript("date-names.js", [.. DateLocale.Codes]);
        Assert.Equal(fromCldr, shipped);
        Assert.Contains("\"cldr\": \"" + DateLocale.CldrVersion + "\"", fromCldr, StringComparison.Ordinal);
    }
}
