using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperArchive.Display;

/// <summary>
/// How dates read in one locale: month and weekday names and the patterns of a date ("Mar 11, 2025"), a month
/// ("March 2025") and a range of days ("Mar 10 – 16, 2025"), from the Unicode CLDR. The names are shipped with the
/// library (<c>date-names.json</c>, made by <c>tests/js/date-names.js</c> from the pinned CLDR release) rather than asked
/// of .NET: .NET takes them from the machine's ICU, which is absent in invariant-globalization mode and of another CLDR
/// version on another machine, and the same input must give the same pages everywhere. See docs/settings.md.
/// </summary>
public sealed class DateLocale
{
    private const string ResourceName = "PaperArchive.Display.date-names.json";

    /// <summary>The locale of an archive that names none: English, as the site's own words are.</summary>
    public const string DefaultCode = "en";

    private static readonly Lazy<(string Cldr, FrozenDictionary<string, DateLocale> Locales, string[] Codes)> Table = new(Load);

    private readonly string[] monthsAbbreviated;
    private readonly string[] monthsWide;
    private readonly string[] monthsStandAloneAbbreviated;
    private readonly string[] monthsStandAloneWide;
    private readonly Pattern date;
    private readonly Pattern month;
    private readonly Pattern rangeWithinMonth;
    private readonly Pattern rangeWithinYear;
    private readonly Pattern rangeAcrossYears;

    private DateLocale(string code, Names names)
    {
        Code = code;
        monthsAbbreviated = Twelve(names.MonthsAbbreviated, code);
        monthsWide = Twelve(names.MonthsWide, code);
        monthsStandAloneAbbreviated = Twelve(names.MonthsStandAloneAbbreviated, code);
        monthsStandAloneWide = Twelve(names.MonthsStandAloneWide, code);
        WeekdaysAbbreviated = Seven(names.WeekdaysStandAloneAbbreviated, code);
        date = Pattern.Parse(names.Date, code);
        month = Pattern.Parse(names.Month, code);
        rangeWithinMonth = Pattern.Parse(names.RangeWithinMonth, code);
        rangeWithinYear = Pattern.Parse(names.RangeWithinYear, code);
        rangeAcrossYears = Pattern.Parse(names.RangeAcrossYears, code);
    }

    /// <summary>The locale's code as the settings name it ("en", "en-GB", "fr").</summary>
    public string Code { get; }

    /// <summary>Monday to Sunday, short, as a calendar's column heads ("Mon", "lun.", "Mo").</summary>
    public IReadOnlyList<string> WeekdaysAbbreviated { get; }

    /// <summary>The CLDR release the names come from.</summary>
    public static string CldrVersion => Table.Value.Cldr;

    /// <summary>Every locale shipped, in the order docs/settings.md lists them.</summary>
    public static IReadOnlyList<string> Codes => Table.Value.Codes;

    public static DateLocale Default => Table.Value.Locales[DefaultCode];

    /// <summary>The locale of a code, in any letter case and with '_' or '-' ("en_gb" is "en-GB"); null when none is shipped.</summary>
    public static DateLocale? Find(string code) =>
        Table.Value.Locales.TryGetValue(code.Trim().Replace('_', '-'), out var locale) ? locale : null;

    /// <summary>"Mar 11, 2025" (en), "11 mars 2025" (fr), "2025年3月11日" (ja).</summary>
    public string Date(DateOnly day) => date.Format(this, day, day);

    /// <summary>"March 2025" (en), "mars 2025" (fr), "marzec 2025" (pl).</summary>
    public string Month(int year, int monthNumber) { var first = new DateOnly(year, monthNumber, 1); return month.Format(this, first, first); }

    /// <summary>Two days as a range: "Mar 10 – 16, 2025", "Mar 31 – Apr 6, 2025", "Dec 29, 2025 – Jan 4, 2026" (en).</summary>
    public string Range(DateOnly first, DateOnly last) =>
        first == last ? Date(first)
        : (first.Year != last.Year ? rangeAcrossYears : first.Month != last.Month ? rangeWithinYear : rangeWithinMonth).Format(this, first, last);

    private string MonthName(int monthNumber, int width, bool standAlone) =>
        (width, standAlone) switch
        {
            (3, false) => monthsAbbreviated[monthNumber - 1],
            (3, true) => monthsStandAloneAbbreviated[monthNumber - 1],
            (_, false) => monthsWide[monthNumber - 1],
            (_, true) => monthsStandAloneWide[monthNumber - 1],
        };

    private static (string, FrozenDictionary<string, DateLocale>, string[]) Load()
    {
        using var stream = typeof(DateLocale).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the library");
        var file = JsonSerializer.Deserialize<NamesFile>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })
            ?? throw new InvalidOperationException($"{ResourceName} is empty");
        var locales = file.Locales.ToFrozenDictionary(pair => pair.Key, pair => new DateLocale(pair.Key, pair.Value), StringComparer.OrdinalIgnoreCase);
        return (file.Cldr, locales, [.. file.Locales.Keys]);
    }

    private static string[] Twelve(string[] names, string code) =>
        names.Length == 12 ? names : throw new InvalidOperationException($"{ResourceName}: {code} has {names.Length} month names");

    private static string[] Seven(string[] names, string code) =>
        names.Length == 7 ? names : throw new InvalidOperationException($"{ResourceName}: {code} has {names.Length} weekday names");

    private sealed record NamesFile(string Cldr, Dictionary<string, Names> Locales);

    private sealed record Names(
        string[] MonthsAbbreviated, string[] MonthsWide, string[] MonthsStandAloneAbbreviated, string[] MonthsStandAloneWide,
        string[] WeekdaysStandAloneAbbreviated,
        string Date, string Month, string RangeWithinMonth, string RangeWithinYear, string RangeAcrossYears);

    /// <summary>
    /// A CLDR date pattern, read once: runs of a field letter (d, M, L, y) and literal text ('quoted', '' for an
    /// apostrophe). In a range pattern the first field that comes back starts the second date (UTS #35, interval formats).
    /// </summary>
    private sealed class Pattern
    {
        private readonly (char Field, int Width, string Text, bool Second)[] parts;

        private Pattern((char, int, string, bool)[] parts) => this.parts = parts;

        public static Pattern Parse(string pattern, string code)
        {
            var parts = new List<(char, int, string, bool)>();
            var seen = new HashSet<char>();
            var second = false;
            var literal = new StringBuilder();
            for (var i = 0; i < pattern.Length;)
            {
                var c = pattern[i];
                if (c == '\'')
                {
                    if (i + 1 < pattern.Length && pattern[i + 1] == '\'') { literal.Append('\''); i += 2; continue; }
                    var end = pattern.IndexOf('\'', i + 1);
                    if (end < 0) throw new InvalidOperationException($"{ResourceName}: {code}: unclosed quote in '{pattern}'");
                    literal.Append(pattern, i + 1, end - i - 1);
                    i = end + 1;
                }
                else if (char.IsAsciiLetter(c))
                {
                    var run = 1;
                    while (i + run < pattern.Length && pattern[i + run] == c) run++;
                    if (c is not ('d' or 'M' or 'L' or 'y')) throw new InvalidOperationException($"{ResourceName}: {code}: the field '{c}' in '{pattern}' is not supported");
                    var field = c == 'L' ? 'M' : c;
                    if (!seen.Add(field)) { second = true; seen.Clear(); seen.Add(field); }
                    if (literal.Length > 0) { parts.Add(('\0', 0, literal.ToString(), second)); literal.Clear(); }
                    parts.Add((c, run, "", second));
                    i += run;
                }
                else { literal.Append(c); i++; }
            }
            if (literal.Length > 0) parts.Add(('\0', 0, literal.ToString(), second));
            return new Pattern([.. parts]);
        }

        public string Format(DateLocale locale, DateOnly first, DateOnly last)
        {
            var text = new StringBuilder(32);
            foreach (var (field, width, literal, second) in parts)
            {
                var day = second ? last : first;
                switch (field)
                {
                    case '\0': text.Append(literal); break;
                    case 'd': text.Append(day.Day.ToString(width >= 2 ? "D2" : "D", CultureInfo.InvariantCulture)); break;
                    case 'y': text.Append(width == 2 ? (day.Year % 100).ToString("D2", CultureInfo.InvariantCulture) : day.Year.ToString(CultureInfo.InvariantCulture)); break;
                    default:
                        if (width <= 2) text.Append(day.Month.ToString(width == 2 ? "D2" : "D", CultureInfo.InvariantCulture));
                        else text.Append(locale.MonthName(day.Month, width, standAlone: field == 'L'));
                        break;
                }
            }
            return text.ToString();
        }
    }
}
