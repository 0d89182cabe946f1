using ICU4N.Text;

namespace PaperArchive.Lunr;

/// <summary>
/// Unicode normalization (NFKD, NFC, NFD) that gives the same result on every machine: the project's only one, used
/// instead of <see cref="string.Normalize()"/>. .NET normalizes through the machine's ICU, so its output follows the
/// ICU version installed there, and without ICU (invariant globalization mode, common in containers) it returns
/// non-ASCII text unchanged — slugs, search terms and entry identities then differ from another machine's. ICU4N's
/// <see cref="Normalizer2"/> is managed code with its data shipped in its package: the same on every machine, with or
/// without ICU. Its data is Unicode <see cref="UnicodeVersion"/>; for every code point assigned there it gives what
/// .NET with ICU gives (a test compares all of them), and characters assigned later are left as they are
/// (docs/architecture.md, "Unicode normalization").
/// </summary>
public static class UnicodeNormalization
{
    /// <summary>The Unicode version of the normalization data (ICU4N's).</summary>
    public static string UnicodeVersion { get; } =
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ICU4N.UChar.UnicodeVersion.Major}.{ICU4N.UChar.UnicodeVersion.Minor}");

    /// <summary>Compatibility decomposition: "ﬁ" → "fi", "Ⅻ" → "XII", full-width "Ａ" → "A", "é" → "e" + U+0301.</summary>
    public static string Nfkd(string text) => Normalize(text, Normalizer2.NFKDInstance);

    /// <summary>Canonical composition: "e" + U+0301 → "é"; the same instance back when the text is NFC already.</summary>
    public static string Nfc(string text) => Normalize(text, Normalizer2.NFCInstance);

    /// <summary>Canonical decomposition: "é" → "e" + U+0301.</summary>
    public static string Nfd(string text) => Normalize(text, Normalizer2.NFDInstance);

    private static string Normalize(string text, Normalizer2 form)
    {
        // ASCII is unchanged by every form, and most text here is ASCII: no copy.
        if (System.Text.Ascii.IsValid(text) || form.IsNormalized(text)) return text;
        return form.Normalize(text);
    }
}
