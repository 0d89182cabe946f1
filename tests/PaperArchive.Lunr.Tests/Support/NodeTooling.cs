using System.Security.Cryptography;
using System.Text;

namespace PaperArchive.Lunr.Tests.Support;

/// <summary>
/// Runs the Node scripts of <c>tests/js</c>, installing their pinned packages first (<c>npm ci</c>) when
/// <c>node_modules</c> was not installed from the current <c>package.json</c> and lock (a stamp holds their hash).
/// The install is guarded by an in-process lock and a lock file, so parallel test classes and the test projects
/// that <c>dotnet test</c> runs at the same time never install twice at once, nor while another uses the packages.
/// Every test that needs tests/js goes through here (the other test project links this file).
/// </summary>
public static class NodeTooling
{
    private const string InstalledMarker = ".installed-from-lock";
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly object InstallGate = new();
    private static bool Installed;

    /// <summary>The folder holding PaperArchive.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string ScriptsFolder => Path.Combine(RepositoryRoot, "tests", "js");

    public static string NodeModulesFolder => Path.Combine(ScriptsFolder, "node_modules");

    /// <summary>The path of a file of an installed package (<c>axe-core</c>, <c>vnu-jar/build/dist/vnu.jar</c>…), installing the packages first.</summary>
    public static string Module(string entryPoint)
    {
        EnsureInstalled();
        var path = Path.Combine(NodeModulesFolder, entryPoint);
        if (!File.Exists(path) && !Directory.Exists(path)) throw new InvalidOperationException($"npm ci in {ScriptsFolder} did not install {entryPoint}");
        return path;
    }

    /// <summary>Installs the locked packages unless an install newer than the lock file is present.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (Installed) return;
            using (AcquireMachineWideLock())
            {
                var marker = Path.Combine(NodeModulesFolder, InstalledMarker);
                var wanted = ManifestHash();
                if (!File.Exists(marker) || File.ReadAllText(marker) != wanted)
                {
                    Run(NpmExecutable, ["ci", "--no-audit", "--no-fund"], ScriptsFolder, TimeSpan.FromMinutes(5));
                    File.WriteAllText(marker, wanted);
                }
            }
            Installed = true;
        }
    }

    /// <summary>What the installed packages must match: the manifest and the lock file.</summary>
    private static string ManifestHash() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        File.ReadAllText(Path.Combine(ScriptsFolder, "package.json")) + "\0" + File.ReadAllText(Path.Combine(ScriptsFolder, "package-lock.json")))));

    /// <summary>Runs <c>node tests/js/&lt;script&gt; args…</c> and returns its standard output.</summary>
    public static string RunScript(string script, params string[] arguments)
    {
        EnsureInstalled();
        return Run("node", [Path.Combine(ScriptsFolder, script), .. arguments], ScriptsFolder, TimeSpan.FromMinutes(5));
    }

    private static string NpmExecutable => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    private static string Run(string executable, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        if (PaperArchive.Tests.Support.ChildProcess.Find(executable) is null)
            throw new InvalidOperationException(
                $"'{executable}' was not found. These tests compare against reference JavaScript libraries: " +
                "install Node.js 20 or later (it includes npm) and make sure 'node' and 'npm' are on the PATH.");
        var result = PaperArchive.Tests.Support.ChildProcess.Run(executable, arguments, workingDirectory, null, timeout);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"'{executable} {string.Join(' ', arguments)}' exited with {result.ExitCode}:\n{result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>A lock file in the temp folder, named after this checkout, held exclusively while installing.</summary>
    private static FileStream AcquireMachineWideLock()
    {
        var checkout = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ScriptsFolder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"paperarchive-npm-{checkout}.lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        while (true)
        {
            try
            {
                // Never deleted: a lock file deleted on close could let two processes lock two different files.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PaperArchive.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No PaperArchive.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>xunit fixture: one install check per test class (cheap after the first).</summary>
public sealed class NodeFixture
{
    public NodeFixture() => NodeTooling.EnsureInstalled();
}
