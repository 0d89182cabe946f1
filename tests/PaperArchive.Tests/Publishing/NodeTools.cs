using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Publishing;

/// <summary>
/// The Node packages in tests/js, installed with <c>npm ci</c> from the committed lock when missing. Installs are
/// serialised across test processes by a lock file, so parallel test runs do not race on node_modules.
/// </summary>
public static class NodeTools
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "js");
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    /// <summary>Ensures <paramref name="entryPoint"/> (relative to tests/js/node_modules) is installed; returns node's path.</summary>
    public static async Task<string> EnsureAsync(string entryPoint)
    {
        var node = ChildProcess.Find("node");
        var npm = ChildProcess.Find("npm");
        Assert.True(node is not null && npm is not null,
            "Node.js 20 with npm is needed for this test (and for the search page): install it, e.g. the nodejs and npm packages, and make sure node and npm are on the PATH.");
        var target = Path.Combine(Folder, "node_modules", entryPoint);
        if (File.Exists(target)) return node!;

        await Task.Run(PaperArchive.Lunr.Tests.Support.NodeTooling.EnsureInstalled);
        Assert.True(File.Exists(target), $"npm ci did not install {entryPoint}");
        return node!;
    }

    // string.GetHashCode differs between processes; the lock's name must not.
    private static string StableName(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];

    private static async Task<FileStream> AcquireFileLockAsync(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (true)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose); }
            catch (IOException) when (DateTime.UtcNow < deadline) { await Task.Delay(250); }
        }
    }
}
