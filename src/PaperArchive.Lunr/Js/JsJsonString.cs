using System.Text;

namespace PaperArchive.Lunr.Js;

/// <summary>
/// Encodes strings exactly as <c>JSON.stringify</c> does, as UTF-8: only <c>"</c>, <c>\</c> and control
/// characters are escaped (short forms where JSON has them, else <c>\u00xx</c>); everything else, U+2028/2029
/// included, is written raw; a lone surrogate becomes a lowercase <c>\udxxx</c> escape (well-formed stringify).
/// </summary>
public static class JsJsonString
{
    private static readonly byte[] Hex = "0123456789abcdef"u8.ToArray();

    /// <summary>The quoted, escaped UTF-8 form of <paramref name="value"/>.</summary>
    public static byte[] ToQuotedUtf8(string value)
    {
        var output = new List<byte>(value.Length + 2) { (byte)'"' };
        AppendEscaped(value, output);
        output.Add((byte)'"');
        return output.ToArray();
    }

    /// <summary>The escaped UTF-8 form of <paramref name="value"/>, without quotes.</summary>
    public static byte[] ToEscapedUtf8(string value)
    {
        var output = new List<byte>(value.Length);
        AppendEscaped(value, output);
        return output.ToArray();
    }

    private static void AppendEscaped(string value, List<byte> output)
    {
        Span<byte> scalar = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': output.Add((byte)'\\'); output.Add((byte)'"'); continue;
                case '\\': output.Add((byte)'\\'); output.Add((byte)'\\'); continue;
                case '\b': output.Add((byte)'\\'); output.Add((byte)'b'); continue;
                case '\f': output.Add((byte)'\\'); output.Add((byte)'f'); continue;
                case '\n': output.Add((byte)'\\'); output.Add((byte)'n'); continue;
                case '\r': output.Add((byte)'\\'); output.Add((byte)'r'); continue;
                case '\t': output.Add((byte)'\\'); output.Add((byte)'t'); continue;
            }
            if (c < 0x20)
            {
                AppendUnicodeEscape(c, output);
            }
            else if (c < 0x80)
            {
                output.Add((byte)c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var length = new Rune(c, value[i + 1]).EncodeToUtf8(scalar);
                for (var b = 0; b < length; b++) output.Add(scalar[b]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                AppendUnicodeEscape(c, output);
            }
            else
            {
                var length = new Rune(c).EncodeToUtf8(scalar);
                for (var b = 0; b < length; b++) output.Add(scalar[b]);
            }
        }
    }

    private static void AppendUnicodeEscape(char c, List<byte> output)
    {
        output.Add((byte)'\\');
        output.Add((byte)'u');
        output.Add(Hex[c >> 12]);
        output.Add(Hex[(c >> 8) & 0xf]);
        output.Add(Hex[(c >> 4) & 0xf]);
        output.Add(Hex[c & 0xf]);
    }
}
