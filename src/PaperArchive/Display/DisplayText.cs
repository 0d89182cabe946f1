using System.Globalization;

namespace PaperArchive.Display;

/// <summary>How counts and author lists read on pages and in feeds: the same in every culture (dates: <see cref="DateLocale"/>).</summary>
public static class DisplayText
{
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
