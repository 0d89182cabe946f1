using System.Collections.Immutable;
using System.Globalization;

namespace PaperArchive.Model;

/// <summary>An ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday): <c>2025-W11</c>.</summary>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public static IsoWeek Of(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(time), ISOWeek.GetWeekOfYear(time));
    }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));
    public DateOnly Sunday => Monday.AddDays(6);
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
    public int CompareTo(IsoWeek other) => (Year, Week).CompareTo((other.Year, other.Week));
    public override string ToString() => Key;
}

/// <summary>A calendar month: <c>2025-03</c>.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
    public int CompareTo(YearMonth other) => (Year, Month).CompareTo((other.Year, other.Month));
    public override string ToString() => Key;
}

/// <summary>Papers of a period (a week, a month) in the order readers expect from the source site's weekly and monthly views.</summary>
public static class Periods
{
    /// <summary>Most upvoted first, then most days trended, then the earliest first day, then slug (so the order is total).</summary>
    public static ImmutableArray<Paper> Ranked(IEnumerable<Paper> papers) =>
        [.. papers.OrderByDescending(p => p.Upvotes ?? -1)
            .ThenByDescending(p => p.Days.Length)
            .ThenBy(p => p.FirstDay)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)];

    /// <summary>The papers that trended on any of <paramref name="days"/>, each once.</summary>
    public static IEnumerable<Paper> PapersOf(Archive archive, IEnumerable<Day> days) =>
        days.SelectMany(d => d.PaperSlugs).Distinct(StringComparer.Ordinal).Select(slug => archive[slug]);

    /// <summary>Every week with at least one day, ascending, with its days.</summary>
    public static IEnumerable<(IsoWeek Week, ImmutableArray<Day> Days)> Weeks(Archive archive) =>
        archive.Days.GroupBy(d => IsoWeek.Of(d.Date)).OrderBy(g => g.Key).Select(g => (g.Key, g.ToImmutableArray()));

    /// <summary>Every month with at least one day, ascending, with its days.</summary>
    public static IEnumerable<(YearMonth Month, ImmutableArray<Day> Days)> Months(Archive archive) =>
        archive.Days.GroupBy(d => YearMonth.Of(d.Date)).OrderBy(g => g.Key).Select(g => (g.Key, g.ToImmutableArray()));
}
