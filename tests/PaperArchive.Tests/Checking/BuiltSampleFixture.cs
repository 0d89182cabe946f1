using PaperArchive.Checking;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary>The sample site, built once per test class; each test breaks its own copy.</summary>
public sealed class BuiltSampleFixture : IDisposable
{
    private readonly TempFolder temp = new();

    public BuiltSampleFixture()
    {
        Site = temp["site"];
        var report = SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, Site, RepoPaths.Theme)).GetAwaiter().GetResult();
        if (!report.Succeeded) throw new InvalidOperationException("the sample did not build: " + string.Join("\n", report.Diagnostics));
    }

    public string Site { get; }

    /// <summary>A copy of the built site under <paramref name="folder"/>, to break.</summary>
    public string CopyTo(TempFolder folder)
    {
        var copy = folder["site"];
        foreach (var file in Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    public static CheckReport Check(string site) => SiteChecker.Check(new CheckOptions(site, RepoPaths.Input));

    public void Dispose() => temp.Dispose();
}
