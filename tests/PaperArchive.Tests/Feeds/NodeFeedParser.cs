using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
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
    private const string InstallStamp = ".paperarchive-installed";
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "js");
    private static readonly SemaphoreSlim InProcess = new(1, 1);
    private static bool installed;

    /// <summary>The feed as the Node parser sees it (see parse-feed.js for the shape).</summary>
    public static async Task<JsonElement> ParseAsync(string feedFile)
    {
        await EnsureInstalledAsync();
        var (exit, output, error) = await RunAsync("node", Path.Combine(Folder, "parse-feed.js"), feedFile);
        Assert.True(exit == 0, $"node parse-feed.js {feedFile} failed ({exit}):\n{error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InProcess.WaitAsync();
        try
        {
            if (installed) return;
            var wanted = LockHash();
            var stamp = Path.Combine(Folder, "node_modules", InstallStamp);
            if (!File.Exists(stamp) || File.ReadAllText(stamp) != wanted)
            {
                using var crossProcess = await AcquireFileLockAsync();
                // Another process may have installed while this one waited.
                if (!File.Exists(stamp) || File.ReadAllText(stamp) != wanted)
                {
                    var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
                    var (exit, _, error) = await RunAsync(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund");
                    Assert.True(exit == 0, $"npm ci in {Folder} failed ({exit}):\n{error}");
                    File.WriteAllText(stamp, wanted);
                }
            }
            installed = true;
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>What the installed packages must match: the lock file and the manifest.</summary>
    private static string LockHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        File.ReadAllText(Path.Combine(Folder, "package-lock.json")) + "\0" + File.ReadAllText(Path.Combine(Folder, "package.json")))));

    /// <summary>An exclusive lock file outside the repository, named after the tools folder, held while npm runs.</summary>
    private static async Task<FileStream> AcquireFileLockAsync()
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Folder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"paperarchive-npm-{name}.lock");
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception)
        {
            Assert.Fail($"'{program}' was not found. The feed tests read feeds with a Node.js parser: install Node.js 20 or later with npm, then run the tests again.");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
