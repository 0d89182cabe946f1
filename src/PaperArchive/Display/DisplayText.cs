using System.Globalization;

namespace PaperArchive.Display;

/// <summary>How dates and counts read on pages and in feeds: the same words in every culture.</summary>
public static class DisplayText
{
    /// <summary>"Mar 11, 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"March 2025".</summary>
    public static string MonthName(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1 paper", "12 papers".</summary>
    public static string PaperCount(int papers) => papers == 1 ? "1 paper" : papers.ToString(CultureInfo.InvariantCulture) + " papers";

    /// <summary>"Ann Lee, Bo Li, Cy Wu et al." — the first <paramref name="shown"/> names, and "et al." when there are more.</summary>
    public static string Authors(IReadOnlyList<string> authors, int shown) =>
        authors.Count <= shown ? string.Join(", ", authors) : string.Join(", ", authors.Take(shown)) + " et al.";
}
