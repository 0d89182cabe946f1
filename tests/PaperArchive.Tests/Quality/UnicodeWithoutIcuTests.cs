using System.Text.Json;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Quality;

/// <summary>
/// Unicode normalization (slugs, search terms, entry identity, NFC of input text, BibTeX keys) gives the same site
/// whether .NET has ICU or runs in invariant globalization mode, where <c>string.Normalize</c> leaves non-ASCII text
/// as it is: the real CLI builds an archive of accented letters, compatibility forms and combining sequences both ways.
/// </summary>
[Trait("Category", "Slow")]
public class UnicodeWithoutIcuTests
{
    private static readonly Dictionary<string, string?> WithIcu = new()
    {
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = null,
        ["TZ"] = "UTC",
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
    };

    private static readonly Dictionary<string, string?> WithoutIcu = new(WithIcu) { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

    /// <summary>Titles, abstracts and author names that every normalization form changes.</summary>
    private static readonly (string Title, string Abstract, string[] Authors)[] Papers =
    [
        ("Schrödinger Bridges for Gödel-Style Proofs",
            "We revisit Schro\u0308dinger bridges (combining diaeresis) and Erdős numbers in Zürich.",
            ["Kurt Gödel", "Zoë Ångström", "Jürgen Müller"]),
        ("Eﬃcient ﬁne-tuning with ﬂash attention",
            "Ligatures ﬁ, ﬂ and ﬃ fold to letters; so does ½ and the superscript x².",
            ["Zoe\u0308 A\u030Angstro\u0308m", "François Lefèvre"]),
        ("Ｆｕｌｌ－ｗｉｄｔｈ Ｍｏｄｅｌｓ ａｎｄ Chapter Ⅻ",
            "Ｆｕｌｌ-width letters, Roman numerals Ⅻ and ⅻ, the ångström sign Å and the Kelvin sign K.",
            ["Jürgen Müller", "Ｔａｒｏ Ｙａｍａｄａ"]),
        ("Ca\u0301lculo de Señales: Dvořák, Łukasiewicz and Þórr",
            "Combining sequences: a\u0301, n\u0303, c\u030C and Hangul \u1100\u1161\u11A8 that NFC composes into \uAC01.",
            ["Antonín Dvořák", "Kurt Go\u0308del", "Jan Łukasiewicz"]),
    ];

    [Fact]
    public void The_cli_builds_the_same_bytes_with_and_without_icu()
    {
        using var temp = new TempFolder();
        var input = WriteArchive(temp["input"]);
        var withIcu = Build(input, temp["icu"], WithIcu);
        var withoutIcu = Build(input, temp["invariant"], WithoutIcu);

        var one = TestArchives.Snapshot(withIcu);
        var two = TestArchives.Snapshot(withoutIcu);
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(two[kv.Key]), $"{kv.Key} differs"));
        // The folding itself happened, on both sides: accents and compatibility forms are gone from slugs.
        Assert.Contains("papers/schrodinger-bridges-for-godel-style-proofs/index.html", one.Keys);
        Assert.Contains("papers/efficient-fine-tuning-with-flash-attention/index.html", one.Keys);
        Assert.Contains("papers/full-width-models-and-chapter-xii/index.html", one.Keys);
        Assert.Contains(one.Keys, path => path.StartsWith("authors/kurt-godel/", StringComparison.Ordinal));
    }

    private static string Build(string input, string output, IReadOnlyDictionary<string, string?> environment)
    {
        var result = Cli.Run(["build", "--input", input, "--theme", RepoPaths.Theme, "--output", output], RepoPaths.Root, TimeSpan.FromMinutes(3), environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }

    /// <summary>One day's Hugging Face daily-papers JSON; every author with two papers gets a page.</summary>
    private static string WriteArchive(string input)
    {
        Directory.CreateDirectory(Path.Combine(input, "digests"));
        File.WriteAllText(Path.Combine(input, "archive.yml"), "title: Ünïcödé Archive\nbaseUrl: https://example.org/\nauthorPageMinPapers: 1\n");
        var items = Papers.Select((paper, i) => new Dictionary<string, object?>
        {
            ["paper"] = new Dictionary<string, object?>
            {
                ["id"] = $"2503.{20000 + i}",
                ["authors"] = paper.Authors.Select(name => new { name, hidden = false }).ToArray(),
                ["publishedAt"] = "2025-03-07T17:59:30.000Z",
                ["title"] = paper.Title,
                ["summary"] = paper.Abstract,
                ["upvotes"] = 10 + i,
            },
            ["publishedAt"] = "2025-03-10T03:00:00.000Z",
            ["title"] = paper.Title,
            ["numComments"] = i,
        }).ToList();
        File.WriteAllText(Path.Combine(input, "digests", "2025-03-10.json"), JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
        return input;
    }
}
