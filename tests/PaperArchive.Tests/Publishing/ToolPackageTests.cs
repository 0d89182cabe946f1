using PaperArchive.Tests.Incremental;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Publishing;

[Trait("Category", "Slow")]
public class ToolPackageTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(8);

    /// <summary>Slow (packs, installs and runs the tool): the one end-to-end check that the package works anywhere.</summary>
    [Fact]
    public async Task The_packed_tool_installs_and_builds_the_sample_with_its_bundled_theme()
    {
        using var temp = new TempFolder();
        var dotnet = ChildProcess.Find("dotnet") ?? "dotnet";
        var project = Path.Combine(RepoPaths.Root, "src", "PaperArchive.Cli", "PaperArchive.Cli.csproj");
        var pack = await ChildProcess.RunAsync(dotnet, ["pack", project, "-o", temp["packages"], "-p:NuGetAudit=false"], RepoPaths.Root, Slow);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Assert.Single(Directory.GetFiles(temp["packages"], "PaperArchive.Cli.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["PaperArchive.Cli.".Length..];

        var install = await ChildProcess.RunAsync(dotnet,
            ["tool", "install", "--tool-path", temp["tools"], "--add-source", temp["packages"], "--version", version, "PaperArchive.Cli"], temp.Path, Slow);
        Assert.True(install.ExitCode == 0, install.ToString());

        // A folder with only the archive: no theme/, so the tool's bundled theme is used.
        IncrementalArchive.CopyFolder(RepoPaths.Input, temp["site/input"]);
        var tool = Path.Combine(temp["tools"], OperatingSystem.IsWindows() ? "paperarchive.exe" : "paperarchive");
        var build = await ChildProcess.RunAsync(tool, ["build"], temp["site"], Slow);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(temp["site/output/index.html"]));
        Assert.True(File.Exists(temp["site/output/assets/style.css"]));
    }
}
