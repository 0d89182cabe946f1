using System.Globalization;

namespace PaperArchive.Display;

/// <summary>How dates and counts read on pages and in feeds: the same words in every culture.</summary>
public static class DisplayText
{
    /// <summary>"Mar 11, 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Mar 10–16, 2025", "Mar 31 – Apr 6, 2025", "Dec 29, 2025 – Jan 4, 2026".</summary>
    public static string Week(DateOnly monday, DateOnly sunday) =>
        monday.Year != sunday.Year ? Date(monday) + " – " + Date(sunday)
        : monday.Month != sunday.Month ? monday.ToString("MMM d", CultureInfo.InvariantCulture) + " – " + Date(sunday)
        : monday.ToString("MMM d", CultureInfo.InvariantCulture) + "–" + sunday.ToString("d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"March 2025".</summary>
    public static string MonthName(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1,234": whole numbers with thousands separators.</summary>
    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"1 upvote", "1,234 upvotes".</summary>
    public static string Count(int value, string noun) => Number(value) + " " + noun + (value == 1 ? "" : "s");

    /// <summary>"1 paper", "12 papers".</summary>
    public static string PaperCount(int papers) => Count(papers, "paper");

    /// <summary>"Ann Lee, Bo Li, Cy Wu et al." — the first <paramref name="shown"/> names, and "et al." when there are more.</summary>
    public static string Authors(IReadOnlyList<string> authors, int shown) =>
        authors.Count <= shown ? string.Join(", ", authors) : string.Join(", ", authors.Take(shown)) + " et al.";
}
