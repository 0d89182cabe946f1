using PaperArchive.Settings;

namespace PaperArchive.Tests.Site;

public class SettingsRangeTests
{
    [Theory]
    [InlineData("feedDays: 1\nfeedMaxBytes: 65536\ntagPageSize: 1000\nexcerptLength: 20\n")]
    [InlineData("feedDays: 366\nfeedMaxBytes: 10485760\ntagPageSize: 1\nexcerptLength: 10000\n")]
    public void The_ends_of_every_range_are_allowed(string yaml) => SettingsLoader.Parse(yaml, "archive.yml");

    [Theory]
    [InlineData("title: T\nexcerptLength: 2147483647\n", "2", "excerptLength")]
    [InlineData("feedDays: 367\n", "1", "feedDays")]
    [InlineData("title: T\nfeedMaxBytes: 65535\n", "2", "feedMaxBytes")]
    [InlineData("title: T\n\ntagPageSize: 0\n", "3", "tagPageSize")]
    public void A_number_outside_its_range_is_an_error_at_its_line(string yaml, string line, string setting)
    {
        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Parse(yaml, "archive.yml"));
        Assert.Equal(line, error.Diagnostic.Location);
        Assert.StartsWith(setting + " is ", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_numeric_setting_has_a_range_and_the_documentation_gives_it()
    {
        var numeric = typeof(SiteSettings).GetProperties().Where(p => p.PropertyType == typeof(int)).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.Equal(numeric.Order(StringComparer.Ordinal), SettingsLoader.Ranges.Select(r => r.Name).Order(StringComparer.Ordinal));
        var docs = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "settings.md"));
        foreach (var range in SettingsLoader.Ranges)
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| `{range.Name}` | "), docs);
        foreach (var range in SettingsLoader.Ranges)
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{range.Min:N0}–{range.Max:N0}"), docs);
    }
}
