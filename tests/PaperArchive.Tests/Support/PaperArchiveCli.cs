namespace PaperArchive.Tests.Support;

/// <summary>
/// The real command-line tool, run as a child process the way people run it. The CLI is built next to the tests
/// (same configuration) through the test project's reference to it.
/// </summary>
public static class PaperArchiveCli
{
    /// <summary>
    /// A child is allowed this much managed heap: a read that never ends fails fast with an out-of-memory error instead
    /// of taking the machine's memory with it.
    /// </summary>
    private const string HeapLimit = "0x30000000";   // 768 MB

    public static string Dll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testBin.Parent!.Name;
            var cli = Path.Combine(RepoPaths.Root, "src", "PaperArchive.Cli", "bin", configuration, testBin.Name, "PaperArchive.Cli.dll");
            Assert.True(File.Exists(cli), $"{cli} not found: build the solution first");
            return cli;
        }
    }

    /// <summary>Runs <c>paperarchive args…</c> in <paramref name="workingDirectory"/>; a run that does not end within the time limit fails the test.</summary>
    public static ChildResult Run(string workingDirectory, params string[] args) =>
        ChildProcess.Run("dotnet", [Dll, .. args], workingDirectory, new Dictionary<string, string?>
        {
            ["DOTNET_GCHeapHardLimit"] = HeapLimit,
            // Plain, unwrapped output: messages are asserted on as text.
            ["NO_COLOR"] = "1",
            ["COLUMNS"] = "400",
        }, TimeSpan.FromSeconds(90));
}
