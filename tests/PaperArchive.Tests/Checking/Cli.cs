using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary>The real <c>paperarchive</c> command, run as a child process the way users run it.</summary>
public static class Cli
{
    /// <summary>The CLI is built next to the tests (same configuration) through the test project's reference to it.</summary>
    private static readonly Lazy<string> Dll = new(() =>
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(RepoPaths.Root, "src", "PaperArchive.Cli", "bin", testBin.Parent!.Name, testBin.Name, "PaperArchive.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} not found: build the solution first");
        return dll;
    });

    /// <summary>Runs <c>paperarchive arguments…</c> in <paramref name="folder"/> (output redirected, so problems print as plain lines).</summary>
    public static ChildResult Run(string folder, params string[] arguments) =>
        ChildProcess.Run("dotnet", [Dll.Value, .. arguments], folder, null, TimeSpan.FromMinutes(3));

    /// <summary>Builds <paramref name="folder"/>/input into <paramref name="folder"/>/site with the repository's theme; fails the test if the build fails.</summary>
    public static void Build(string folder, params string[] extra)
    {
        var result = Run(folder, ["build", "--input", "input", "--output", "site", "--theme", RepoPaths.Theme, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public static ChildResult Check(string folder) => Run(folder, "check", "site", "--input", "input");
}
