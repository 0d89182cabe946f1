using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Incremental;

public class IncrementalBuildTests
{
    [Fact]
    public async Task An_incremental_build_equals_a_clean_build_after_every_kind_of_edit()
    {
        using var archive = new IncrementalArchive();
        await archive.BuildAsync();
        var edits = new (string Name, Action Edit)[]
        {
            ("add a digest", () => archive.WriteDay(4, 3)),
            ("change an abstract", () => archive.WriteDay(2, 2, abstractPrefix: "A changed abstract")),
            ("delete a digest", () => File.Delete(archive.DigestPath(1))),
            ("change a template", () => File.AppendAllText(Path.Combine(archive.Theme, "layouts", "paper.liquid"), "\n<p class=\"edited\">edited</p>\n")),
            ("change a setting", () => File.AppendAllText(Path.Combine(archive.Input, "archive.yml"), "excerptLength: 40\ndescription: Changed.\n")),
            // A vocabulary of the archive's own in which every test paper is about language models: cached tags
            // belong to the old vocabulary and must not be used.
            ("change the vocabulary", () => File.WriteAllText(Path.Combine(archive.Input, "tags.yml"),
                File.ReadAllText(Path.Combine(RepoPaths.Input, "tags.yml")).Replace("      chatbot: 2\n", "      chatbot: 2\n      abstract: 3\n", StringComparison.Ordinal))),
        };
        foreach (var (name, edit) in edits)
        {
            edit();
            var report = await archive.BuildAsync();
            Assert.True(report.Succeeded, name);
            if (name == "change the vocabulary") Assert.Equal(report.Papers, report.PapersTagged);
            AssertSameSite(await archive.ReferenceBuildAsync(), archive.Site, name);
        }
    }

    [Fact]
    public async Task Adding_a_digest_reads_only_it_and_renders_only_the_pages_it_affects()
    {
        using var archive = new IncrementalArchive(days: 3);
        var first = await archive.BuildAsync();
        Assert.Equal(3, first.DigestsParsed);
        Assert.Equal(first.Pages, first.PagesRendered);

        archive.WriteDay(4, 2);
        var report = await archive.BuildAsync();

        Assert.Equal(1, report.DigestsParsed);
        Assert.Equal(2, report.PapersTagged);     // only the new papers: the others keep their cached tags
        // Its 2 papers, its day, the day before it (its "next" link), home and archive, and the topic pages
        // that list the new papers (their tag's page and the topic index with its counts), and its week's and month's pages.
        Assert.Equal(2 + 1 + 1 + 2 + 2 + 2, report.PagesRendered);
        Assert.Equal(first.Pages + 3, report.Pages);
    }

    [Fact]
    public async Task An_unchanged_rebuild_renders_nothing()
    {
        using var archive = new IncrementalArchive();
        await archive.BuildAsync();
        var report = await archive.BuildAsync();
        Assert.Equal((0, 0, 0, 0, 0), (report.DigestsParsed, report.PapersTagged, report.MarkdownRendered, report.PagesRendered, report.FeedsFormatted));
        Assert.Equal(0, report.FilesWritten);
    }

    [Fact]
    public async Task Adding_a_day_formats_only_the_feeds_whose_items_changed_and_the_site_equals_a_clean_build()
    {
        using var archive = new IncrementalArchive(days: 3);
        var first = await archive.BuildAsync();
        int Feeds() => Directory.GetFiles(archive.Site, "*.*", SearchOption.AllDirectories)
            .Count(f => Path.GetFileName(f) is "feed.xml" or "atom.xml" or "feed.json");
        Assert.Equal(Feeds(), first.FeedsFormatted);

        // A day in a new month and week: March's month and week feeds, and the feeds of topics the new papers lack,
        // keep their items and are not formatted again.
        archive.WriteDigest(new DateOnly(2025, 4, 14), 2);
        var report = await archive.BuildAsync();
        var march = new[] { "months/2025-03/feed.xml", "weeks/2025-W09/feed.xml", "weeks/2025-W10/feed.xml" }
            .Where(f => File.Exists(Path.Combine(archive.Site, f))).ToList();
        Assert.NotEmpty(march);
        Assert.InRange(report.FeedsFormatted, 1, Feeds() - march.Count);
        AssertSameSite(await archive.ReferenceBuildAsync(), archive.Site, "a day in a new month");

        // The same day with another abstract: its papers' items change, so the feeds that hold them are formatted again.
        File.WriteAllText(Path.Combine(archive.Input, "digests", "2025-04-14.txt"),
            File.ReadAllText(Path.Combine(archive.Input, "digests", "2025-04-14.txt")).Replace("An abstract", "A changed abstract", StringComparison.Ordinal));
        var changed = await archive.BuildAsync();
        Assert.True(changed.FeedsFormatted > 0);
        AssertSameSite(await archive.ReferenceBuildAsync(), archive.Site, "an abstract of the new day changed");
    }

    [Fact]
    public async Task Clean_ignores_the_cache_and_rewrites_it()
    {
        using var archive = new IncrementalArchive();
        var first = await archive.BuildAsync();
        var clean = await archive.BuildAsync(clean: true);
        Assert.Equal(first.Digests, clean.DigestsParsed);
        Assert.Equal(first.Papers, clean.PapersTagged);
        Assert.Equal(first.Pages, clean.PagesRendered);
        var after = await archive.BuildAsync();
        Assert.Equal((0, 0), (after.DigestsParsed, after.PagesRendered));
    }

    [Fact]
    public async Task A_corrupt_or_truncated_cache_is_ignored()
    {
        using var archive = new IncrementalArchive();
        await archive.BuildAsync();
        // (The output's manifest is not in the cache but beside the output: damaged, it would make the output foreign.)
        var entries = Directory.GetFiles(archive.Cache, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(entries);
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);
            if (i % 2 == 0) File.WriteAllBytes(entries[i], bytes[..(bytes.Length / 2)]);      // truncated
            else { bytes[^1] ^= 0x55; File.WriteAllBytes(entries[i], bytes); }                // one byte flipped
        }

        var report = await archive.BuildAsync();

        Assert.True(report.Succeeded);
        Assert.Equal(report.Digests, report.DigestsParsed);
        Assert.Equal(report.Papers, report.PapersTagged);
        AssertSameSite(await archive.ReferenceBuildAsync(), archive.Site, "after corrupting the cache");
    }

    private static void AssertSameSite(string expected, string actual, string step)
    {
        var want = TestArchives.Snapshot(expected);
        var got = TestArchives.Snapshot(actual);
        Assert.True(want.Keys.SequenceEqual(got.Keys, StringComparer.Ordinal), $"{step}: the files differ");
        Assert.All(want, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(got[kv.Key]), $"{step}: {kv.Key} differs"));
    }
}

public class SiteWriterMoveTests
{
    [Fact]
    public void A_failed_write_puts_back_the_unchanged_files_it_had_moved()
    {
        using var temp = new TempFolder();
        var keep = Enumerable.Range(0, 40).Select(i => PaperArchive.Pipeline.Document.Create($"p{i}/index.html", $"page {i}")).ToArray();
        SiteWriter.Write([.. keep], temp["site"]);
        var before = TestArchives.Snapshot(temp["site"]);

        // Same pages (moved into staging as unchanged), then "a" as a file and a folder: the write fails.
        Assert.ThrowsAny<Exception>(() => SiteWriter.Write(
            [.. keep, PaperArchive.Pipeline.Document.Create("a", "file"), PaperArchive.Pipeline.Document.Create("a/b.html", "x")], temp["site"]));

        var after = TestArchives.Snapshot(temp["site"]);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Equal(["site"], TestArchives.Entries(temp.Path));
    }
}

public class CodeVersionTests
{
    [Fact]
    public void The_code_version_does_not_carry_the_git_commit()
    {
        // The build cache is keyed by the library's module id; a commit id in the assembly would change it with every
        // commit (a committed digest, say) and throw the whole cache away.
        var version = typeof(PaperArchive.Incremental.ContentHash).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.DoesNotContain("+", version, StringComparison.Ordinal);
    }
}
