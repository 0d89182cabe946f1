using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Digests;

namespace PaperArchive.Tests.Digests;

public sealed class ReadFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("digests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(folder, name), content, new UTF8Encoding(false));

    [Fact]
    public void Results_are_sorted_by_file_name_and_the_same_every_time()
    {
        for (var day = 28; day >= 1; day--)
        {
            Write($"2025-02-{day:00}.txt", $"Feb {day}\n\nPaper of day {day}\n\nWe study day {day}. It is a day. Code is out.\n");
        }
        Write("2025-03-01.md", "---\ndate: 2025-03-01\npapers: []\n---\n");
        Write("README", "not a digest");
        Write(".2025-02-01.txt.swp.txt", "editor backup");

        var first = DigestReader.ReadFolder(folder);
        var second = DigestReader.ReadFolder(folder);

        var names = first.Select(r => Path.GetFileName(r.Digest!.File)).ToArray();
        Assert.Equal(29, names.Length);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names, second.Select(r => Path.GetFileName(r.Digest!.File)));
    }

    [Fact]
    public void A_broken_digest_does_not_affect_the_others()
    {
        Write("2025-02-01.txt", "Feb 1\n\nGood Paper\n\nWe study it. It works. Code is out.\n");
        File.WriteAllBytes(Path.Combine(folder, "2025-02-02.txt"), [0x41, 0xC3, 0x28]);
        Write("2025-02-03.json", "[ not json");

        var results = DigestReader.ReadFolder(folder);

        Assert.Equal([false, true, true], results.Select(r => r.Failed));
        Assert.Equal("Good Paper", results[0].Digest!.Entries.Single().Title);
        Assert.Equal(["2025-02-02.txt", "2025-02-03.json"],
            results.Skip(1).Select(r => Path.GetFileName(r.Diagnostics.Single(d => d.Severity == Severity.Error).File)));
    }

    [Fact]
    public void Missing_file_is_an_error_naming_it()
    {
        var path = Path.Combine(folder, "2025-02-09.txt");

        var result = DigestReader.Read(path);

        Assert.Equal(path, result.Diagnostics.Single(d => d.Severity == Severity.Error).File);
        Assert.Null(result.Digest);
    }
}
