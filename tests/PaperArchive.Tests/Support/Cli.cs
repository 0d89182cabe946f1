namespace PaperArchive.Tests.Support;

/// <summary>The real <c>paperarchive</c> command, run as a child process where users run it.</summary>
public static class Cli
{
    /// <summary>The CLI is built next to the tests (same configuration) through the test project's reference to it.</summary>
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

    public static ChildResult Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ChildProcess.Run("dotnet", [Dll, .. arguments], workingDirectory, environment, TimeSpan.FromMinutes(3));
}
