using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PaperArchive.Lunr;

namespace PaperArchive.Model;

/// <summary>
/// URL slugs that are readable, deterministic and safe as a folder name on any file system:
/// ASCII letters, digits and single hyphens, at most <see cref="MaxLength"/> characters, never a reserved
/// device name (Windows' CON, NUL, COM1…) and never empty, "." or "..".
/// </summary>
public static class Slugs
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "clock$",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>The slug of a title: accents folded (é → e), everything else that is not a letter or digit becomes a hyphen.</summary>
    public static string FromTitle(string title, string fallback = "paper")
    {
        var decomposed = UnicodeNormalization.Nfkd(title);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 16));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
                if (builder.Length >= MaxLength + 16) break;
            }
            else if (c != '\'' && c != '’')
            {
                pendingHyphen = true;
            }
        }
        var slug = Truncate(builder.ToString());
        if (slug.Length == 0) slug = fallback;
        if (Reserved.Contains(slug)) slug += "-" + fallback;
        return slug;
    }

    /// <summary>A suffix that tells apart two papers whose titles give the same slug, stable whatever else is in the archive.</summary>
    public static string DisambiguationSuffix(Paper paper) => paper.ArxivId is { } id
        ? FromTitle(id)
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(paper.Key)))[..8];

    /// <summary>Cuts at a hyphen so words stay whole, within <see cref="MaxLength"/>.</summary>
    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return (cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength]).TrimEnd('-');
    }

    /// <summary>True when the string is a slug this class could have made (used to check slugs given by people).</summary>
    public static bool IsSafe(string slug) =>
        slug.Length is > 0 and <= MaxLength + 24
        && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && slug[0] != '-' && slug[^1] != '-'
        && !Reserved.Contains(slug);
}
