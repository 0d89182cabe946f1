using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>The repository's sample archive (input/) built once under a sub-path base URL, shared by a test class.</summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://user.github.io/paper-archive/";
    private readonly TempFolder temp = new();

    public string Site => temp["site"];
    public BuildReport Report { get; private set; } = null!;

    public string Read(string path) => File.ReadAllText(Path.Combine(Site, path));

    public async ValueTask InitializeAsync()
    {
        Report = await TestArchives.BuildAsync(RepoPaths.Input, Site, BaseUrl);
        Assert.True(Report.Succeeded, string.Join("\n", Report.Diagnostics));
    }

    public ValueTask DisposeAsync()
    {
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
