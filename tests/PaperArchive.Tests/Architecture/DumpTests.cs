namespace PaperArchive.Tests.Architecture;
public sealed class DumpTests
{
    [Fact]
    public void Dump()
    {
        var path = typeof(PaperArchive.Model.Archive).Assembly.Location;
        var lines = FolderDependencies.Read(path, "PaperArchive").Select(d => $"{d.From} -> {d.To}   ({d.Example})");
        File.WriteAllLines("/tmp/arch-deps.txt", lines);
    }
}
