namespace PaperArchive.Topics;

/// <summary>
/// A deliberately small English suffix stripper, so that "models", "modelling" and "modeled" meet, and
/// "parameterisation" meets "parameterization". It is not Porter: it only has to map a phrase in
/// <c>tags.yml</c> and the same words in an abstract to the same key, and both go through it.
/// Rules, in order (tokens of three characters or fewer are left alone):
/// <list type="number">
/// <item>plurals: <c>-ies → -y</c>, <c>-sses → -ss</c>, drop a final <c>-s</c> unless <c>-ss</c>, <c>-us</c>, <c>-is</c>;</item>
/// <item>British spelling: <c>-isation/-ising/-ised/-iser/-ise → -iz…</c>;</item>
/// <item><c>-ization/-izing/-ized/-izer/-ize → -iz</c>;</item>
/// <item><c>-ing</c>, <c>-ied → -y</c>, <c>-ed</c> when a vowel remains, then undouble a final consonant (<c>modell → model</c>);</item>
/// <item>a final <c>-e</c> on words longer than four letters.</item>
/// </list>
/// </summary>
public static class LightStemmer
{
    /// <summary>Stems the lowercase token in place; returns its new length (never longer).</summary>
    public static int Stem(Span<char> token)
    {
        var length = token.Length;
        if (length <= 3) return length;

        length = StripPlural(token, length);
        length = AmericanSpelling(token, length);

        if (TryReplace(token, ref length, "ization", "iz") || TryReplace(token, ref length, "izing", "iz")
            || TryReplace(token, ref length, "ized", "iz") || TryReplace(token, ref length, "izer", "iz")
            || TryReplace(token, ref length, "ize", "iz"))
            return length;

        if (TryReplace(token, ref length, "ied", "y")) return length;
        if (StripVerbEnding(token, ref length, "ing") || StripVerbEnding(token, ref length, "ed"))
        {
            if (length >= 3 && token[length - 1] == token[length - 2] && token[length - 1] != 's' && !IsVowel(token[length - 1]))
                length--;
            return length;
        }

        if (length > 4 && token[length - 1] == 'e') length--;
        return length;
    }

    private static int StripPlural(Span<char> token, int length)
    {
        var word = token[..length];
        if (word.EndsWith("ies") && length > 4) { token[length - 3] = 'y'; return length - 2; }
        if (word.EndsWith("sses")) return length - 2;
        if (word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is")) return length;
        return word[^1] == 's' ? length - 1 : length;
    }

    private static int AmericanSpelling(Span<char> token, int length)
    {
        ReadOnlySpan<string> endings = ["isation", "ising", "ised", "iser", "ise"];
        foreach (var ending in endings)
        {
            // "noise" and "rise" keep their s: require a stem of three letters before the ending.
            if (length - ending.Length >= 3 && token[..length].EndsWith(ending))
            {
                token[length - ending.Length + 1] = 'z';
                break;
            }
        }
        return length;
    }

    private static bool TryReplace(Span<char> token, ref int length, string ending, string replacement)
    {
        if (length - ending.Length < 3 || !token[..length].EndsWith(ending)) return false;
        var start = length - ending.Length;
        replacement.AsSpan().CopyTo(token[start..]);
        length = start + replacement.Length;
        return true;
    }

    private static bool StripVerbEnding(Span<char> token, ref int length, string ending)
    {
        var stemLength = length - ending.Length;
        if (stemLength < 3 || !token[..length].EndsWith(ending) || !token[..stemLength].ContainsAny("aeiouy")) return false;
        length = stemLength;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
