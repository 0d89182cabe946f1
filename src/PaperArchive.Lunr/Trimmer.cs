namespace PaperArchive.Lunr;

/// <summary>
/// lunr.trimmer: strips leading and trailing JS <c>\W</c> characters, which without the regex <c>u</c> flag
/// means everything except ASCII letters, digits and underscore (so "café" → "caf"). A token may trim to "".
/// </summary>
public static class Trimmer
{
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && !IsAsciiWordChar(token[start])) start++;
        var end = token.Length;
        while (end > start && !IsAsciiWordChar(token[end - 1])) end--;
        return token[start..end];
    }

    public static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
