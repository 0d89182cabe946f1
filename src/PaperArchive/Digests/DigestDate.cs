using System.Globalization;
using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>A day as a digest writes it; the year may be missing ("Mar 11").</summary>
internal readonly record struct DateParts(int Month, int Day, int? Year);

/// <summary>Parsing and checking of digest days: date lines, file names, and the allowed range.</summary>
internal static partial class DigestDate
{
    public const int FirstYear = 1990;

    public const string NamingHint = "name the file YYYY-MM-DD (e.g. 2025-03-11.txt) or write the year in the date line: 'Mar 11, 2025'";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // "Mar 11", "March 11", "Mar. 11", "Mar 11, 2025", "March 11 2025".
    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:\s*,?\s+(?<year>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayDate();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameDate();

    /// <summary>Reads a whole line (or YAML value) as a date; null when it is not one.</summary>
    public static DateParts? TryParse(string text)
    {
        text = text.Trim();
        if (text.Length is 0 or > 30) return null;

        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Plausible(Number(iso, "month"), Number(iso, "day"), Number(iso, "year"));
        }

        var named = MonthDayDate().Match(text);
        if (!named.Success) return null;
        var month = MonthFromName(named.Groups["month"].Value);
        if (month is null) return null;
        int? year = named.Groups["year"].Success ? Number(named, "year") : null;
        return Plausible(month.Value, Number(named, "day"), year);
    }

    /// <summary>The day a file name starts with (<c>2025-03-11.txt</c>, <c>2025-03-11-hf.json</c>), if any.</summary>
    public static DateOnly? FromFileName(string file)
    {
        var match = FileNameDate().Match(Path.GetFileName(file));
        if (!match.Success) return null;
        return TryCreate(Number(match, "year"), Number(match, "month"), Number(match, "day"));
    }

    /// <summary>
    /// Decides the digest's day from what the content says (if anything) and the file name.
    /// Reports an error and returns null when the two disagree, the year is unknown, or the day is out of range.
    /// </summary>
    public static DateOnly? Resolve(DateParts? stated, string? statedAt, string file, DiagnosticBag diagnostics)
    {
        var fromName = FromFileName(file);
        DateOnly? date;
        if (stated is not { } parts)
        {
            date = fromName;
            if (date is null)
            {
                diagnostics.Error(statedAt, $"the digest's day is unknown: {NamingHint}");
                return null;
            }
        }
        else
        {
            var year = parts.Year ?? fromName?.Year;
            if (year is null)
            {
                diagnostics.Error(statedAt, $"the date line has no year and the file name has no date: {NamingHint}");
                return null;
            }
            date = TryCreate(year.Value, parts.Month, parts.Day);
            if (date is null)
            {
                diagnostics.Error(statedAt, string.Create(CultureInfo.InvariantCulture, $"there is no day {parts.Day} in month {parts.Month} of {year}; fix the date"));
                return null;
            }
            if (fromName is { } named && named != date)
            {
                diagnostics.Error(statedAt, $"the date says {Format(date.Value)} but the file name says {Format(named)}; make them agree");
                return null;
            }
        }
        return CheckRange(date.Value, statedAt, diagnostics) ? date : null;
    }

    /// <summary>Rejects days before 1990 or after next year: such a day is a typo, and would skew the archive's calendar.</summary>
    public static bool CheckRange(DateOnly date, string? location, DiagnosticBag diagnostics)
    {
        var lastYear = DateTime.UtcNow.Year + 1;
        if (date.Year >= FirstYear && date.Year <= lastYear) return true;
        diagnostics.Error(location, string.Create(CultureInfo.InvariantCulture, $"the day {Format(date)} is outside the years {FirstYear}-{lastYear}; check the year"));
        return false;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateParts? Plausible(int month, int day, int? year) =>
        month is >= 1 and <= 12 && day is >= 1 and <= 31 ? new DateParts(month, day, year) : null;

    private static DateOnly? TryCreate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? MonthFromName(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower == "sept") return 9;
        for (var i = 0; i < MonthNames.Length; i++)
        {
            // Full name or its three-letter abbreviation; nothing in between ("Marc" is not a month).
            if (lower == MonthNames[i] || (lower.Length == 3 && MonthNames[i].StartsWith(lower, StringComparison.Ordinal))) return i + 1;
        }
        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
