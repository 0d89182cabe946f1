using System.Text.RegularExpressions;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Hostile;

/// <summary>
/// The hostile corpus at the command line: files that are not files, papers that only look alike, days whose digest
/// could not be read and settings out of range, each through <c>paperarchive build</c> and <c>paperarchive import</c>
/// run as child processes, as people run them. Whatever the input, the tool ends (a child that hangs fails the test),
/// names the file (and line), and keeps every paper it can read.
/// </summary>
// Runs the CLI as a child process: the slow tier (see README).
[Trait("Category", "Slow")]
public class HostileCliCorpusTests
{
    private const string Good = "2025-03-01.txt";
    private static readonly string GoodDigest = TestArchives.PlainDigest("Mar 1, 2025",
        ("A Good Paper About Graphs", "A good abstract that is long enough to be an abstract. It has two sentences."));

    // ── Files that are not regular files ─────────────────────────────────────────────────────────────────────

    public enum Special { Fifo, DevZero }

    [Theory]
    [InlineData(Special.Fifo)]
    [InlineData(Special.DevZero)]
    public void A_digest_that_is_not_a_regular_file_is_an_error_naming_it_and_the_others_are_built(Special kind)
    {
        Requires.Unix();
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        MakeSpecial(temp["input/digests/2025-03-02.json"], kind);

        var build = Build(temp);

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Contains($"input/digests/2025-03-02.json: error: the file is {Described(kind)}", Flat(build));
        Assert.True(File.Exists(temp["site/papers/a-good-paper-about-graphs/index.html"]), build.ToString());
        Assert.False(Directory.Exists(temp["site/days/2025-03-02"]));
    }

    [Theory]
    [InlineData(Special.Fifo)]
    [InlineData(Special.DevZero)]
    public void Import_refuses_a_file_that_is_not_a_regular_file_by_name_alone_or_in_a_folder(Special kind)
    {
        Requires.Unix();
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["incoming"]);
        File.WriteAllText(temp["incoming/" + Good], GoodDigest);
        MakeSpecial(temp["incoming/2025-03-02.txt"], kind);

        var single = Run(temp.Path, "import", "incoming/2025-03-02.txt", "--input", "archive");
        var folder = Run(temp.Path, "import", "incoming", "--input", "archive");

        Assert.True(single.ExitCode == 1, single.ToString());
        Assert.Contains($"refused incoming/2025-03-02.txt: not imported: the file is {Described(kind)}", Flat(single));
        Assert.True(folder.ExitCode == 1, folder.ToString());
        Assert.Contains($"refused incoming/2025-03-02.txt: not imported: the file is {Described(kind)}", Flat(folder));
        Assert.Contains("stored incoming/2025-03-01.txt", Flat(folder));
        Assert.Equal([Good], Directory.GetFiles(temp["archive/digests"]).Select(Path.GetFileName));
    }

    public static TheoryData<string, Special> OtherInputs() => new()
    {
        { "input/archive.yml", Special.Fifo },
        { "input/archive.yml", Special.DevZero },
        { "input/tags.yml", Special.Fifo },
        { "input/tags.yml", Special.DevZero },
        { "theme/layouts/extra.liquid", Special.Fifo },
        { "theme/static/assets/extra.css", Special.DevZero },
        { "input/static/CNAME", Special.Fifo },
        { "input/static/notes.txt", Special.DevZero },
    };

    [Theory]
    [MemberData(nameof(OtherInputs))]
    public void Settings_vocabulary_theme_and_static_files_that_are_not_regular_files_stop_the_build_with_their_name(string file, Special kind)
    {
        Requires.Unix();
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        CopyTheme(temp["theme"]);
        if (file == "input/archive.yml") File.Delete(temp[file]);
        Directory.CreateDirectory(Path.GetDirectoryName(temp[file])!);
        MakeSpecial(temp[file], kind);

        var build = Run(temp.Path, "build", "--input", "input", "--output", "site", "--theme", "theme");

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Matches($"{Regex.Escape(file)}(: error: the file)? is {Regex.Escape(Described(kind))}", Flat(build));
        Assert.False(Directory.Exists(temp["site"]), "nothing is written");
    }

    [Fact]
    public void Cache_files_that_are_not_regular_files_are_ignored_and_the_build_gives_the_same_site()
    {
        Requires.Unix();
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        var first = Build(temp);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = TestArchives.Snapshot(temp["site"]);
        var cache = temp[".paperarchive/cache/input"];
        var entries = Directory.GetFiles(Path.Combine(cache, "digests"), "*", SearchOption.AllDirectories).Append(Path.Combine(cache, "tags.tsv")).ToList();
        Assert.True(entries.Count >= 2, string.Join(", ", entries));
        foreach (var entry in entries)
        {
            File.Delete(entry);
            MakeSpecial(entry, Special.Fifo);
        }

        var second = Build(temp);

        Assert.True(second.ExitCode == 0, second.ToString());
        var after = TestArchives.Snapshot(temp["site"]);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key));
    }

    // ── Papers that look alike ────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Titles_that_differ_only_in_symbols_are_different_papers_and_no_abstract_is_lost()
    {
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        WriteIncoming(temp, "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("C++ Models", "Templates make the first model fast. This abstract is about C++."),
            ("Learning Rates of 1e-4", "Small steps converge slowly but surely. This abstract is about small rates.")));
        WriteIncoming(temp, "2025-03-03.txt", TestArchives.PlainDigest("Mar 3, 2025",
            ("C Models", "Pointers make the second model lean. This abstract is about C."),
            ("Learning Rates of 1e+4", "Huge steps diverge at once. This abstract is about huge rates."),
            ("GPT-4 Agents", "Agents that plan with a large model.\nThe same paper on two days.")));
        WriteIncoming(temp, "2025-03-04.txt", TestArchives.PlainDigest("Mar 4, 2025",
            ("C# Models", "Garbage collection keeps the third model safe. This abstract is about C#."),
            ("GPT-4 agents", "Agents that plan with a large model. The same paper on two days.")));

        var import = Run(temp.Path, "import", "incoming", "--input", "input");
        Assert.True(import.ExitCode == 0, import.ToString());
        var build = Build(temp);

        Assert.True(build.ExitCode == 0, build.ToString());
        var pages = PaperPages(temp);
        foreach (var title in new[] { "C++ Models", "C Models", "C# Models", "Learning Rates of 1e-4", "Learning Rates of 1e+4" })
            Assert.Single(pages, page => page.Contains($"<h1>{title}</h1>", StringComparison.Ordinal));
        foreach (var words in new[] { "about C++.", "about C.", "about C#.", "about small rates.", "about huge rates." })
            Assert.Single(pages, page => page.Contains(words, StringComparison.Ordinal));
        // The same paper listed twice, with its abstract wrapped differently, is still one paper on both days.
        var agents = Assert.Single(pages, page => page.Contains("Agents that plan", StringComparison.Ordinal));
        Assert.Contains("2025-03-03", agents);
        Assert.Contains("2025-03-04", agents);
        Assert.Equal(1 + 5 + 1, pages.Count);
    }

    [Fact]
    public void The_same_title_with_another_abstract_on_another_day_is_another_paper_and_a_warning_names_both_places()
    {
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        WriteIncoming(temp, "2025-03-02.txt", TestArchives.PlainDigest("Mar 2, 2025",
            ("Attention Is Enough", "The first paper with this title studies vision. It has two sentences.")));
        WriteIncoming(temp, "2025-03-03.txt", TestArchives.PlainDigest("Mar 3, 2025",
            ("ATTENTION IS ENOUGH", "The second paper with this title studies speech. It has two sentences.")));
        Assert.Equal(0, Run(temp.Path, "import", "incoming", "--input", "input").ExitCode);

        var build = Build(temp);

        Assert.True(build.ExitCode == 0, build.ToString());
        var pages = PaperPages(temp);
        Assert.Single(pages, page => page.Contains("studies vision", StringComparison.Ordinal));
        Assert.Single(pages, page => page.Contains("studies speech", StringComparison.Ordinal));
        Assert.Equal(3, pages.Count);
        Assert.Contains("input/digests/2025-03-03.txt:3: warning: \"ATTENTION IS ENOUGH\" has the same title as the paper at input/digests/2025-03-02.txt:3 but a different abstract", Flat(build));
    }

    [Fact]
    public void One_arxiv_id_with_two_abstracts_is_one_paper_and_a_warning_names_both_places()
    {
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        WriteIncoming(temp, "2025-03-02.json", """[{ "paper": { "id": "2503.00001", "title": "Revised Paper", "summary": "The first version of the abstract." } }]""");
        WriteIncoming(temp, "2025-03-03.json", """[{ "paper": { "id": "2503.00001", "title": "Revised Paper", "summary": "The second version, rewritten." } }]""");
        Assert.Equal(0, Run(temp.Path, "import", "incoming", "--input", "input").ExitCode);

        var build = Build(temp);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(2, PaperPages(temp).Count);
        Assert.Contains("input/digests/2025-03-03.json at $[0]: warning: arXiv 2503.00001 has a different abstract here than at input/digests/2025-03-02.json at $[0]", Flat(build));
    }

    // ── Days whose digest could not be read ──────────────────────────────────────────────────────────────────

    public static TheoryData<string, string> UnreadableDays() => new()
    {
        { "2025-03-05.json", """[{ "paper": { "id": "2503.00009", "title": ["not", "text"], "summary": "S." } }, { "title": "   " }]""" },
        { "2025-03-05.md", "---\ndate: 2025-03-05\npapers:\n  - title: [a, b]\n    abstract: Long enough abstract. Two sentences.\n---\n" },
    };

    [Theory]
    [MemberData(nameof(UnreadableDays))]
    public void A_day_whose_every_paper_failed_is_not_shown_as_an_empty_day_and_the_error_says_so(string file, string content)
    {
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string>
        {
            [Good] = GoodDigest,
            // A digest that really lists no papers is still a day.
            ["2025-03-06.txt"] = "Mar 6, 2025\n",
        });
        File.WriteAllText(temp["input/digests/" + file], content);
        WriteIncoming(temp, file, content);

        var build = Build(temp);
        var import = Run(temp.Path, "import", "incoming/" + file, "--input", "other");

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Contains($"input/digests/{file}: error: no paper in this file could be read, so it adds nothing to the site: 2025-03-05 is not shown as a day without papers", Flat(build));
        Assert.False(Directory.Exists(temp["site/days/2025-03-05"]), "the failed day has no page");
        Assert.DoesNotContain("2025-03-05", File.ReadAllText(temp["site/sitemap.xml"]));
        Assert.True(File.Exists(temp["site/days/2025-03-06/index.html"]), "an empty digest is an empty day");
        Assert.True(import.ExitCode == 1, import.ToString());
        Assert.Contains($"refused incoming/{file}: not a valid digest", Flat(import));
    }

    // ── Settings out of range ────────────────────────────────────────────────────────────────────────────────

    public static TheoryData<string, string, string> SettingsOutOfRange() => new()
    {
        { "archive.yml", "excerptLength: 2147483647", "excerptLength is 2147483647; it must be a whole number from 20 to 10,000" },
        { "archive.yml", "excerptLength: -1", "excerptLength is -1; it must be a whole number from 20 to 10,000" },
        { "archive.yml", "feedDays: 0", "feedDays is 0; it must be a whole number from 1 to 366" },
        { "archive.yml", "feedMaxBytes: 1000", "feedMaxBytes is 1000; it must be a whole number from 65,536 to 10,485,760" },
        { "archive.yml", "tagPageSize: 1000000", "tagPageSize is 1000000; it must be a whole number from 1 to 1,000" },
        { "archive.yml", "feedDays: 99999999999", "" },
        { "archive.yml", "excerptLength: 2.5", "" },
        { "tags.yml", "      attention: NaN", "weight of 'attention' must be a non-zero number between -10 and 10" },
        { "tags.yml", "      attention: 1e400", "weight of 'attention' must be a non-zero number between -10 and 10" },
        { "tags.yml", "      attention: 11", "weight of 'attention' must be a non-zero number between -10 and 10" },
    };

    [Theory]
    [MemberData(nameof(SettingsOutOfRange))]
    public void A_number_outside_its_documented_range_is_an_error_at_its_file_and_line(string file, string line, string message)
    {
        using var temp = new TempFolder();
        TestArchives.WriteInput(temp, new Dictionary<string, string> { [Good] = GoodDigest });
        if (file == "archive.yml")
            File.AppendAllText(temp["input/archive.yml"], line + "\n");   // the third line
        else
            File.WriteAllText(temp["input/tags.yml"], $"tags:\n  - slug: attention\n    name: Attention\n    description: Attending.\n    phrases:\n{line}\n"
                + "  - slug: uncategorized\n    name: Uncategorized\n    description: The rest.\n");
        var lineNumber = file == "archive.yml" ? 3 : 6;

        var build = Build(temp);

        Assert.True(build.ExitCode == 1, build.ToString());
        var output = Flat(build);
        Assert.Matches($@"input/{Regex.Escape(file)}:{lineNumber}:( error:)? ", output);
        Assert.Contains(message, output);
        Assert.DoesNotContain("   at ", build.Output);
        Assert.False(Directory.Exists(temp["site"]), "nothing is written");
    }

    // ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// <c>paperarchive args…</c> in <paramref name="workingDirectory"/>. A run that does not end within the time limit
    /// fails the test; the managed heap is capped so that a read without end fails fast instead of taking the machine's memory.
    /// </summary>
    private static ChildResult Run(string workingDirectory, params string[] args) =>
        Cli.Run(args, workingDirectory, TimeSpan.FromSeconds(90), new Dictionary<string, string?>
        {
            ["DOTNET_GCHeapHardLimit"] = "0x30000000",   // 768 MB
            ["NO_COLOR"] = "1",
        });

    private static ChildResult Build(TempFolder temp) =>
        Run(temp.Path, "build", "--input", "input", "--output", "site", "--theme", RepoPaths.Theme);

    /// <summary>The output with every run of white space as one space: the console wraps long lines.</summary>
    private static string Flat(ChildResult result) => Regex.Replace(result.Output, @"\s+", " ");

    private static void WriteIncoming(TempFolder temp, string name, string content)
    {
        Directory.CreateDirectory(temp["incoming"]);
        File.WriteAllText(temp["incoming/" + name], content);
    }

    /// <summary>Every paper page's HTML, character references decoded (the theme writes + as &amp;#x2B;).</summary>
    private static List<string> PaperPages(TempFolder temp) =>
        Directory.EnumerateFiles(temp["site/papers"], "index.html", SearchOption.AllDirectories)
            .Select(page => System.Net.WebUtility.HtmlDecode(File.ReadAllText(page))).ToList();

    private static string Described(Special kind) => kind == Special.Fifo ? "a FIFO (named pipe)" : "a character device";

    private static void MakeSpecial(string path, Special kind)
    {
        if (kind == Special.DevZero) File.CreateSymbolicLink(path, "/dev/zero");
        else
        {
            var made = ChildProcess.Run("mkfifo", [path], Path.GetDirectoryName(path)!, null, TimeSpan.FromSeconds(30));
            Assert.True(made.ExitCode == 0, made.ToString());
        }
    }

    /// <summary>The theme's layouts and static files (not its npm packages), to add a file to.</summary>
    private static void CopyTheme(string target)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Theme, file);
            if (!relative.StartsWith("layouts", StringComparison.Ordinal) && !relative.StartsWith("static", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
