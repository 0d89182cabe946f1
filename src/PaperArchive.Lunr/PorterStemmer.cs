using System.Text.RegularExpressions;

namespace PaperArchive.Lunr;

/// <summary>
/// lunr.stemmer: Martin Porter's 1980 algorithm in the exact regular-expression form lunr uses, so odd
/// inputs (non-ASCII letters count as consonants, a leading "y" is a consonant) stem identically.
/// The patterns are lunr's with two JS-to-.NET translations: JS <c>.</c> excludes \n, \r, U+2028 and
/// U+2029, and JS <c>$</c> only matches at the very end (.NET's also matches before a final \n), hence \z.
/// Stemming runs once per distinct token (the index builder caches), so clarity wins over speed here.
/// </summary>
public static partial class PorterStemmer
{
    private const string Any = @"[^\n\r\u2028\u2029]";
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantSequence = Consonant + "[^aeiouy]*";
    private const string VowelSequence = Vowel + "[aeiou]*";
    private const string MeasureAbove0 = "^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence;
    private const string MeasureIs1 = "^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence + "(" + VowelSequence + @")?\z";
    private const string MeasureAbove1 = MeasureAbove0 + VowelSequence + ConsonantSequence;
    private const string VowelInStem = "^(" + ConsonantSequence + ")?" + Vowel;
    private const string ShortSyllable = "^" + ConsonantSequence + Vowel + @"[^aeiouwxy]\z";

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    [GeneratedRegex(MeasureAbove0, RegexOptions.CultureInvariant)] private static partial Regex MeasureAbove0Regex();
    [GeneratedRegex(MeasureIs1, RegexOptions.CultureInvariant)] private static partial Regex MeasureIs1Regex();
    [GeneratedRegex(MeasureAbove1, RegexOptions.CultureInvariant)] private static partial Regex MeasureAbove1Regex();
    [GeneratedRegex(VowelInStem, RegexOptions.CultureInvariant)] private static partial Regex VowelInStemRegex();
    [GeneratedRegex(ShortSyllable, RegexOptions.CultureInvariant)] private static partial Regex ShortSyllableRegex();
    [GeneratedRegex("^(" + Any + @"+?)(ss|i)es\z", RegexOptions.CultureInvariant)] private static partial Regex Step1aPlural();
    [GeneratedRegex("^(" + Any + @"+?)([^s])s\z", RegexOptions.CultureInvariant)] private static partial Regex Step1aS();
    [GeneratedRegex("^(" + Any + @"+?)eed\z", RegexOptions.CultureInvariant)] private static partial Regex Step1bEed();
    [GeneratedRegex("^(" + Any + @"+?)(ed|ing)\z", RegexOptions.CultureInvariant)] private static partial Regex Step1bEdIng();
    [GeneratedRegex(Any + @"\z", RegexOptions.CultureInvariant)] private static partial Regex LastCharacter();
    [GeneratedRegex(@"(at|bl|iz)\z", RegexOptions.CultureInvariant)] private static partial Regex Step1bAtBlIz();
    [GeneratedRegex(@"([^aeiouylsz])\1\z", RegexOptions.CultureInvariant)] private static partial Regex DoubleConsonant();
    [GeneratedRegex("^(" + Any + @"+?[^aeiou])y\z", RegexOptions.CultureInvariant)] private static partial Regex Step1c();
    [GeneratedRegex("^(" + Any + @"+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Step2();
    [GeneratedRegex("^(" + Any + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Step3();
    [GeneratedRegex("^(" + Any + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Step4();
    [GeneratedRegex("^(" + Any + @"+?)(s|t)(ion)\z", RegexOptions.CultureInvariant)] private static partial Regex Step4Ion();
    [GeneratedRegex("^(" + Any + @"+?)e\z", RegexOptions.CultureInvariant)] private static partial Regex Step5E();
    [GeneratedRegex(@"ll\z", RegexOptions.CultureInvariant)] private static partial Regex Step5DoubleL();

    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        var startsWithY = word[0] == 'y';
        // A leading y is a consonant: lunr hides it from the vowel classes by uppercasing it.
        var w = startsWithY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        if (Step1c().Match(w) is { Success: true } yEnding) w = yEnding.Groups[1].Value + "i";
        w = ReplaceSuffix(w, Step2(), Step2Suffixes);
        w = ReplaceSuffix(w, Step3(), Step3Suffixes);
        w = Step4Removal(w);
        w = Step5(w);

        return startsWithY ? "y" + w[1..] : w;
    }

    private static string Step1a(string w)
    {
        if (Step1aPlural().Match(w) is { Success: true } plural) return plural.Groups[1].Value + plural.Groups[2].Value;
        if (Step1aS().Match(w) is { Success: true } s) return s.Groups[1].Value + s.Groups[2].Value;
        return w;
    }

    private static string Step1b(string w)
    {
        if (Step1bEed().Match(w) is { Success: true } eed)
        {
            return MeasureAbove0Regex().IsMatch(eed.Groups[1].Value) ? RemoveLastCharacter(w) : w;
        }
        if (Step1bEdIng().Match(w) is not { Success: true } edIng) return w;
        var stem = edIng.Groups[1].Value;
        if (!VowelInStemRegex().IsMatch(stem)) return w;
        if (Step1bAtBlIz().IsMatch(stem)) return stem + "e";
        if (DoubleConsonant().IsMatch(stem)) return RemoveLastCharacter(stem);
        if (ShortSyllableRegex().IsMatch(stem)) return stem + "e";
        return stem;
    }

    private static string ReplaceSuffix(string w, Regex suffixPattern, Dictionary<string, string> replacements)
    {
        if (suffixPattern.Match(w) is not { Success: true } match) return w;
        var stem = match.Groups[1].Value;
        return MeasureAbove0Regex().IsMatch(stem) ? stem + replacements[match.Groups[2].Value] : w;
    }

    private static string Step4Removal(string w)
    {
        if (Step4().Match(w) is { Success: true } suffix)
        {
            var stem = suffix.Groups[1].Value;
            return MeasureAbove1Regex().IsMatch(stem) ? stem : w;
        }
        if (Step4Ion().Match(w) is { Success: true } ion)
        {
            var stem = ion.Groups[1].Value + ion.Groups[2].Value;
            return MeasureAbove1Regex().IsMatch(stem) ? stem : w;
        }
        return w;
    }

    private static string Step5(string w)
    {
        if (Step5E().Match(w) is { Success: true } e)
        {
            var stem = e.Groups[1].Value;
            if (MeasureAbove1Regex().IsMatch(stem) || (MeasureIs1Regex().IsMatch(stem) && !ShortSyllableRegex().IsMatch(stem))) w = stem;
        }
        if (Step5DoubleL().IsMatch(w) && MeasureAbove1Regex().IsMatch(w)) w = RemoveLastCharacter(w);
        return w;
    }

    private static string RemoveLastCharacter(string w) => LastCharacter().Replace(w, "", 1);
}
