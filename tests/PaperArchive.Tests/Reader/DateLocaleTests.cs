using PaperArchive.Display;
using PaperArchive.Settings;

namespace PaperArchive.Tests.Reader;

/// <summary>Dates in the archive's locale: the CLDR's names and patterns, the same on every machine.</summary>
public class DateLocaleTests
{
    private const string Thin = "\u2009";

    [Fact]
    public void English_reads_as_the_site_always_did_with_the_cldr_range_spacing()
    {
        var en = DateLocale.Default;
        Assert.Equal("en", en.Code);
        Assert.Equal("Mar 11, 2025", en.Date(new DateOnly(2025, 3, 11)));
        Assert.Equal("March 2025", en.Month(2025, 3));
        Assert.Equal($"Mar 10{Thin}–{Thin}16, 2025", en.Range(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 16)));
        Assert.Equal($"Mar 31{Thin}–{Thin}Apr 6, 2025", en.Range(new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 6)));
        Assert.Equal($"Dec 29, 2025{Thin}–{Thin}Jan 4, 2026", en.Range(new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 4)));
        Assert.Equal("Mar 11, 2025", en.Range(new DateOnly(2025, 3, 11), new DateOnly(2025, 3, 11)));
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], en.WeekdaysAbbreviated);
    }

    [Theory]
    [InlineData("fr", "11 mars 2025", "mars 2025", "10–16 mars 2025", "lun.")]
    [InlineData("de", "11. März 2025", "März 2025", "10.–16. März 2025", "Mo")]
    [InlineData("en-GB", "11 Mar 2025", "March 2025", "10\u2009–\u200916 Mar 2025", "Mon")]
    [InlineData("es", "11 mar 2025", "marzo de 2025", "10–16 mar 2025", "lun")]
    // Polish names a month alone in the nominative (LLLL) and in a date in the genitive (MMM, abbreviated here).
    [InlineData("pl", "11 mar 2025", "marzec 2025", "10–16 mar 2025", "pon.")]
    [InlineData("ru", "11 мар. 2025\u202fг.", "март 2025\u202fг.", "10–16 мар. 2025\u202fг.", "пн")]
    [InlineData("ja", "2025年3月11日", "2025年3月", "2025年3月10日～16日", "月")]
    [InlineData("it", "11 mar 2025", "marzo 2025", "10–16 mar 2025", "lun")]
    public void A_locale_names_months_and_weekdays_in_its_language_and_orders_a_dates_parts_its_way(
        string code, string date, string month, string week, string monday)
    {
        var locale = DateLocale.Find(code)!;
        Assert.Equal(date, locale.Date(new DateOnly(2025, 3, 11)));
        Assert.Equal(month, locale.Month(2025, 3));
        Assert.Equal(week, locale.Range(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 16)));
        Assert.Equal(monday, locale.WeekdaysAbbreviated[0]);
    }

    [Fact]
    public void Every_shipped_locale_formats_every_month_and_its_names_are_distinct()
    {
        Assert.True(DateLocale.Codes.Count >= 10, string.Join(", ", DateLocale.Codes));
        Assert.Equal("en", DateLocale.Codes[0]);
        foreach (var code in DateLocale.Codes)
        {
            var locale = DateLocale.Find(code)!;
            var dates = Enumerable.Range(1, 12).Select(m => locale.Date(new DateOnly(2025, m, 11))).ToList();
            var months = Enumerable.Range(1, 12).Select(m => locale.Month(2025, m)).ToList();
            Assert.Equal(12, dates.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(12, months.Distinct(StringComparer.Ordinal).Count());
            Assert.All(dates, d => Assert.Contains("2025", d, StringComparison.Ordinal));
            Assert.Equal(7, locale.WeekdaysAbbreviated.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains("2026", locale.Range(new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 4)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("en_GB", "en-GB")]
    [InlineData("FR", "fr")]
    public void A_code_is_found_in_any_case_and_with_an_underscore(string written, string code) => Assert.Equal(code, DateLocale.Find(written)?.Code);

    [Fact]
    public void The_locale_setting_defaults_to_english_and_is_kept_as_the_table_spells_it()
    {
        Assert.Equal("en", SettingsLoader.Parse("title: T\n", "archive.yml").Dates.Code);
        var settings = SettingsLoader.Parse("title: T\nlocale: en_gb\n", "archive.yml");
        Assert.Equal("en-GB", settings.Locale);
        Assert.Equal("11 Mar 2025", settings.Dates.Date(new DateOnly(2025, 3, 11)));
    }

    [Theory]
    [InlineData("title: T\nlanguage: en\nlocale: klingon\n", "3", "klingon")]
    [InlineData("locale: en-US\n", "1", "en-US")]
    [InlineData("title: T\nlocale: ''\n", "2", "")]
    public void An_unknown_locale_is_an_error_naming_the_file_the_line_and_the_locales_there_are(string yaml, string line, string written)
    {
        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Parse(yaml, "input/archive.yml"));
        Assert.Equal("input/archive.yml", error.Diagnostic.File);
        Assert.Equal(line, error.Diagnostic.Location);
        Assert.StartsWith($"locale '{written}' is not one PaperArchive has month names for; it must be one of en, en-GB, de, fr", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_german_archive_writes_german_dates_on_every_kind_of_page_in_feeds_and_in_search_results()
    {
        using var temp = new Support.TempFolder();
        var input = Support.ReaderArchive.Write(temp);
        File.AppendAllText(Path.Combine(input, "archive.yml"), "locale: de\n");
        var report = await Support.TestArchives.BuildAsync(input, temp["site"]);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        string Read(string path) => System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(temp["site"], path)));

        Assert.Contains("<h1>Papers of 10. März 2025</h1>", Read("days/2025-03-10/index.html"));
        Assert.Contains("Top papers of the week 10.–16. März 2025", Read("index.html"));
        var archive = Read("archive/index.html");
        Assert.Contains(">März 2025</a> (50 papers)</h3>", archive);
        Assert.Contains("<th scope=\"col\">Mo</th><th scope=\"col\">Di</th>", archive);
        Assert.Contains("<h1>Top papers of Februar 2025</h1>", Read("months/2025-02/index.html"));
        Assert.Contains("<h1>Top papers, week of 10.–16. März 2025</h1>", Read("weeks/2025-W11/index.html"));
        Assert.Contains("<title>Papers of 10. März 2025</title>", Read("days/feed.xml"));
        Assert.Contains("10.–16. März 2025", Read("weeks/2025-W11/feed.xml"));
        Assert.Contains("10. März 2025", Read($"papers/{Path.GetFileName(Directory.GetDirectories(Path.Combine(temp["site"], "papers")).First())}/index.html"));
        var chunks = Directory.GetFiles(Path.Combine(temp["site"], "search", "chunks")).Select(File.ReadAllText);
        Assert.Contains(chunks, c => c.Contains("\"d\":\"10. März 2025\"", StringComparison.Ordinal) || c.Contains("\"d\":\"10. M\\u00E4rz 2025\"", StringComparison.Ordinal));
        Assert.DoesNotContain("Mar 10", Read("days/2025-03-10/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_locales_are_the_shipped_ones()
    {
        var docs = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "settings.md"));
        Assert.Contains(string.Join(", ", DateLocale.Codes.Select(c => $"`{c}`")), docs, StringComparison.Ordinal);
        Assert.Contains($"CLDR {DateLocale.CldrVersion}", docs, StringComparison.Ordinal);
    }
}
