using System.Text.Json;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>
/// Runs tests/js/parse-feed.js (@rowanmanning/feed-parser) under Node, so feeds are also read by a parser that
/// shares nothing with .NET. Installs tests/js's locked packages with <c>npm ci</c> when they are missing or stale;
/// one install at a time, across test classes and across test processes.
/// </summary>
public static class NodeFeedParser
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "js");

    /// <summary>The feed as the Node parser sees it (see parse-feed.js for the shape).</summary>
    public static async Task<JsonElement> ParseAsync(string feedFile)
    {
        await EnsureInstalledAsync();
        var (exit, output, error) = await RunAsync("node", Path.Combine(Folder, "parse-feed.js"), feedFile);
        Assert.True(exit == 0, $"node parse-feed.js {feedFile} failed ({exit}):\n{error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    // One installer for all of tests/js, shared with every other test that runs Node.
    private static Task EnsureInstalledAsync()
    {
        PaperArchive.Lunr.Tests.Support.NodeTooling.EnsureInstalled();
        return Task.CompletedTask;
    }



    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var result = await ChildProcess.RunAsync(program, arguments, Folder, TimeSpan.FromMinutes(5));
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
