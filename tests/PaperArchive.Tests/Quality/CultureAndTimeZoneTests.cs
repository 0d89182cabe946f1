using System.Globalization;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Quality;

/// <summary>
/// The same input builds byte-identical sites whatever the machine's culture and time zone. Turkish is the classic
/// trap (dotted and dotless i in casing, comma decimals); Kiritimati is UTC+14, so any local-date conversion shows.
/// </summary>
[Trait("Category", "Slow")]
public class CultureAndTimeZoneTests
{
    private static readonly Dictionary<string, string?> Turkish = new()
    {
        ["LANG"] = "tr_TR.UTF-8",
        ["LC_ALL"] = "tr_TR.UTF-8",
        ["TZ"] = "Pacific/Kiritimati",
        // ICU must be on: in invariant mode every culture is the invariant one and the test would prove nothing.
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
    };

    private static readonly Dictionary<string, string?> Plain = new()
    {
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = null,
        ["TZ"] = "UTC",
    };

    [Fact]
    public void A_child_process_under_LANG_tr_TR_really_runs_in_Turkish_and_Kiritimati_time()
    {
        // .NET takes its culture from LC_ALL/LANG through ICU, even where the C library lacks the tr_TR locale.
        // A one-line F# script (dotnet fsi ships with the SDK) shows what a child process sees.
        using var temp = new TempFolder();
        var script = temp["culture.fsx"];
        File.WriteAllText(script, "printfn \"%s|%s|%s\" System.Globalization.CultureInfo.CurrentCulture.Name System.TimeZoneInfo.Local.Id ((1.5).ToString())\n");
        var result = ChildProcess.Run("dotnet", ["fsi", "--quiet", "--exec", script], temp.Path, Turkish, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("tr-TR|Pacific/Kiritimati|1,5", result.StandardOutput.Trim());
    }

    [Fact]
    public void The_cli_builds_the_same_bytes_in_Turkish_at_UTC_plus_14_as_in_C_at_UTC()
    {
        using var temp = new TempFolder();
        var turkish = BuildWithCli(temp["tr"], Turkish);
        var plain = BuildWithCli(temp["c"], Plain);
        AssertSameSite(plain, turkish);
    }

    [Fact]
    public async Task An_in_process_build_under_tr_TR_matches_one_under_the_invariant_culture()
    {
        using var temp = new TempFolder();
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // The current culture flows into the build's tasks and parallel loops through the execution context.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("İ", "i".ToUpper(CultureInfo.CurrentCulture));
            await TestArchives.BuildAsync(RepoPaths.Input, temp["tr"]);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            await TestArchives.BuildAsync(RepoPaths.Input, temp["invariant"]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
        AssertSameSite(temp["invariant"], temp["tr"]);
    }

    /// <summary>.NET with no culture data at all: only the invariant culture exists, and asking for "fr" throws.</summary>
    private static readonly Dictionary<string, string?> NoCultureData = new()
    {
        ["LANG"] = "de_DE.UTF-8",
        ["LC_ALL"] = "de_DE.UTF-8",
        ["TZ"] = "America/Los_Angeles",
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
    };

    [Fact]
    public void A_french_locale_builds_the_same_french_month_names_with_no_culture_data_as_in_turkish()
    {
        using var temp = new TempFolder();
        var input = ReaderArchive.Write(temp);
        File.AppendAllText(Path.Combine(input, "archive.yml"), "locale: fr\n");
        var invariant = BuildWithCli(temp["invariant"], NoCultureData, input);
        var turkish = BuildWithCli(temp["tr"], Turkish, input);
        AssertSameSite(invariant, turkish);

        var archive = File.ReadAllText(Path.Combine(invariant, "archive", "index.html"));
        Assert.Contains(">mars 2025</a>", archive, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">lun.</th>", archive, StringComparison.Ordinal);
        Assert.Contains("10 mars 2025", File.ReadAllText(Path.Combine(invariant, "days", ReaderArchive.BigDay, "index.html")), StringComparison.Ordinal);
        // The site's own words stay English; only the dates are French.
        Assert.Contains("Papers of 10 mars 2025", File.ReadAllText(Path.Combine(invariant, "days", ReaderArchive.BigDay, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_culture_data_a_build_of_accented_names_gives_the_slugs_a_machine_with_icu_gives()
    {
        // .NET's own Unicode normalization needs ICU ("Gödel" → g-del without it); the project's does not.
        using var temp = new TempFolder();
        var input = ReaderArchive.Write(temp);
        var invariant = BuildWithCli(temp["invariant"], NoCultureData, input);
        Assert.Contains(Directory.GetDirectories(Path.Combine(invariant, "authors")), folder => Path.GetFileName(folder).EndsWith("-godel", StringComparison.Ordinal));
        AssertSameSite(BuildWithCli(temp["icu"], Plain, input), invariant);
    }

    private static string BuildWithCli(string output, IReadOnlyDictionary<string, string?> environment, string? input = null)
    {
        var result = Cli.Run(["build", "--input", input ?? RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", output], RepoPaths.Root, TimeSpan.FromMinutes(3), environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("invariant globalization", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
        return output;
    }

    private static void AssertSameSite(string expected, string actual)
    {
        var one = TestArchives.Snapshot(expected);
        var two = TestArchives.Snapshot(actual);
        Assert.Equal(one.Keys, two.Keys);
        Assert.True(one.Count > 100, $"only {one.Count} files");
        Assert.All(one, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(two[kv.Key]), $"{kv.Key} differs"));
    }
}
