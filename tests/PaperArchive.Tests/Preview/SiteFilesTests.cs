using PaperArchive.Preview;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Preview;

public class SiteFilesTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("index.html", "index.html")]
    [InlineData("papers/a-paper/", "papers|a-paper")]
    [InlineData(".well-known/security.txt", ".well-known|security.txt")]
    public void Plain_paths_are_lists_of_names(string relative, string names) =>
        Assert.Equal(names.Length == 0 ? [] : names.Split('|'), SiteFiles.Names(relative));

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("papers//a")]
    [InlineData("papers/../../etc")]
    [InlineData("./index.html")]
    [InlineData("..\\..\\etc\\passwd")]
    [InlineData("C:/Windows")]
    [InlineData("index.html\0.txt")]
    [InlineData("index\u0001.html")]
    [InlineData(".git/config")]
    [InlineData(".env")]
    public void Anything_else_names_nothing(string relative) => Assert.Null(SiteFiles.Names(relative));

    [Fact]
    public void Over_long_paths_and_names_name_nothing()
    {
        Assert.Null(SiteFiles.Names(new string('a', SiteFiles.MaxNameLength + 1)));
        Assert.Null(SiteFiles.Names(string.Concat(Enumerable.Repeat("abc/", SiteFiles.MaxPathLength / 4 + 1))));
        Assert.NotNull(SiteFiles.Names(new string('a', SiteFiles.MaxNameLength)));
    }

    [Fact]
    public void Real_paths_resolve_every_link_on_the_way()
    {
        Requires.Unix();
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["real/inner"]);
        File.WriteAllText(temp["real/inner/file.txt"], "x");
        Directory.CreateDirectory(temp["a"]);
        File.CreateSymbolicLink(temp["link"], temp["real"]);
        // Relative, with '..' resolved from the link's own (real) folder.
        File.CreateSymbolicLink(temp["a/up"], "../link/inner");
        File.CreateSymbolicLink(temp["loop1"], "loop2");
        File.CreateSymbolicLink(temp["loop2"], "loop1");

        Assert.Equal(temp["real/inner/file.txt"], SiteFiles.RealPath(temp["link/inner/file.txt"]));
        Assert.Equal(temp["real/inner/file.txt"], SiteFiles.RealPath(temp["a/up/file.txt"]));
        // '..' after a link climbs from the link's target, as the kernel does, not from the link's folder.
        Assert.Equal(temp["real"], SiteFiles.RealPath(Path.Combine(temp["a/up"], "..")));
        Assert.Null(SiteFiles.RealPath(temp["loop1/x"]));
        Assert.Equal(temp["no/such/file"], SiteFiles.RealPath(temp["no/such/file"]));
    }

    [Fact]
    public void A_link_inside_the_site_is_found_only_when_its_target_is_inside_too()
    {
        Requires.Unix();
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["site/folder"]);
        File.WriteAllText(temp["site/page.html"], "page");
        File.WriteAllText(temp["secret.txt"], "secret");
        File.CreateSymbolicLink(temp["site/out.txt"], temp["secret.txt"]);
        File.CreateSymbolicLink(temp["site/out"], temp.Path);
        File.CreateSymbolicLink(temp["site/in.html"], "page.html");
        // The output folder itself may be a link: its real path is what the files must be inside.
        File.CreateSymbolicLink(temp["published"], temp["site"]);
        var files = new SiteFiles(temp["published"]);

        Assert.Equal(new SiteEntry.File(temp["site/page.html"]), files.Find(["in.html"]));
        Assert.Equal(new SiteEntry.File(temp["site/page.html"]), files.Find(["page.html"]));
        Assert.IsType<SiteEntry.Folder>(files.Find(["folder"]));
        Assert.IsType<SiteEntry.Folder>(files.Find([]));
        Assert.IsType<SiteEntry.None>(files.Find(["out.txt"]));
        Assert.IsType<SiteEntry.None>(files.Find(["out"]));
        Assert.IsType<SiteEntry.None>(files.Find(["out", "secret.txt"]));
        Assert.IsType<SiteEntry.None>(files.Find(["missing.html"]));
        Assert.IsType<SiteEntry.None>(new SiteFiles(temp["no-site"]).Find(["page.html"]));
    }
}
