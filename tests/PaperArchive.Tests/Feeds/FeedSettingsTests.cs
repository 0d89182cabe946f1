using PaperArchive.Settings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>The feed window and byte cap as archive.yml sets them: their defaults, and a clear error outside their ranges.</summary>
public class FeedSettingsTests
{
    private static SiteSettings Load(string yaml)
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, SettingsLoader.FileName), yaml);
        return SettingsLoader.Load(temp.Path);
    }

    [Fact]
    public void The_defaults_are_seven_days_and_one_mebibyte()
    {
        var settings = Load("title: T\n");
        Assert.Equal(7, settings.FeedDays);
        Assert.Equal(1024 * 1024, settings.FeedMaxBytes);
        Assert.Equal(30, Load("feedDays: 30\nfeedMaxBytes: 65536\n").FeedDays);
    }

    [Theory]
    [InlineData("feedDays: 0", "feedDays is 0; it must be a whole number from 1 to 366")]
    [InlineData("feedDays: 400", "feedDays is 400; it must be a whole number from 1 to 366")]
    [InlineData("feedMaxBytes: 1000", "feedMaxBytes is 1000; it must be a whole number from 65,536 to 10,485,760")]
    [InlineData("feedMaxBytes: 20000000", "feedMaxBytes is 20000000; it must be a whole number from 65,536 to 10,485,760")]
    public void Values_outside_the_range_are_errors_naming_the_file_and_range(string line, string message)
    {
        var error = Assert.Throws<SettingsException>(() => Load(line + "\n"));
        Assert.Contains(message, error.Message);
        Assert.Contains(SettingsLoader.FileName, error.Message);
    }

    [Fact]
    public void The_old_item_count_is_an_error_that_lists_the_settings_there_are()
    {
        var error = Assert.Throws<SettingsException>(() => Load("feedSize: 50\n"));
        Assert.Contains("feedDays", error.Message);
        Assert.Contains("feedMaxBytes", error.Message);
    }
}
