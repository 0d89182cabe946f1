using System.Text.RegularExpressions;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Preview;

/// <summary>
/// <c>paperarchive serve</c> running as a child process over a small archive in a temp folder (port 0: any free
/// port), with the address it printed.
/// </summary>
public sealed partial class ServedSite : IDisposable
{
    public static readonly TimeSpan Startup = TimeSpan.FromMinutes(2);
    private readonly TempFolder temp = new();

    private ServedSite(string baseUrl, IReadOnlyDictionary<string, string> digests)
    {
        Input = TestArchives.WriteInput(temp, digests, baseUrl);
    }

    public string Input { get; }
    public string Output => temp["site"];
    public string this[string relative] => temp[relative];
    public RunningCli Process { get; private set; } = null!;
    public Uri Url { get; private set; } = null!;
    public int Port => Url.Port;

    public static readonly IReadOnlyDictionary<string, string> SmallArchive = new Dictionary<string, string>
    {
        ["2025-03-01.txt"] = TestArchives.PlainDigest("Mar 1, 2025",
            ("A Paper About Graphs", "An abstract long enough to be an abstract. It has two sentences."),
            ("Another Paper", "Another abstract, long enough to count as one. It also has sentences.")),
    };

    /// <summary>Starts serving and waits for the address line.</summary>
    public static async Task<ServedSite> StartAsync(string baseUrl, IReadOnlyDictionary<string, string>? digests = null, params string[] options)
    {
        var site = new ServedSite(baseUrl, digests ?? SmallArchive);
        try
        {
            site.Process = Cli.Start(["serve", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, "--port", "0", .. options], site.temp.Path);
            var match = await site.Process.WaitForOutputAsync(ServingLine(), Startup);
            site.Url = new Uri(match.Groups[1].Value);
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    [GeneratedRegex(@"Serving (http://\S+/)")]
    private static partial Regex ServingLine();

    /// <summary>The staging folders builds of the output keep (in its record folder, beside it) while they run.</summary>
    public IReadOnlyList<string> StagingFolders() => PaperArchive.Site.SiteJournal.StagingFolders(PaperArchive.Site.OutputFolder.RecordFolderOf(Output));

    public void Dispose()
    {
        Process?.Dispose();
        temp.Dispose();
    }
}
