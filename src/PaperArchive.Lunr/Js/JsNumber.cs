using System.Buffers.Text;
using System.Globalization;

namespace PaperArchive.Lunr.Js;

/// <summary>
/// Writes numbers the way <c>JSON.stringify</c> does (ECMAScript Number::toString): shortest round-trip
/// digits, plain notation for 1e-7 &lt; |x| &lt; 1e21, otherwise <c>1e-7</c> / <c>1.5e+21</c>; NaN and ±∞ as null.
/// </summary>
public static class JsNumber
{
    /// <summary>Longest possible output: "-" + 17 digits + "e-324"-ish, or 21 digits + "0." + 6 zeros.</summary>
    public const int MaxLength = 32;

    public static string ToJson(double value)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        var written = Format(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>Formats <paramref name="value"/> as ASCII into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes).</summary>
    public static int Format(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            "null"u8.CopyTo(destination);
            return 4;
        }
        if (value == 0)
        {
            destination[0] = (byte)'0'; // -0 too
            return 1;
        }
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            Utf8Formatter.TryFormat((long)value, destination, out var intLength);
            return intLength;
        }
        if (TryFormatThousandths(value, destination, out var length)) return length;
        return FormatGeneral(value, destination);
    }

    /// <summary>
    /// Fast path for lunr scores, which are all k/1000: the decimal k/1000 is then the shortest string
    /// that reads back as the same double, so it can be written without a digit-generation algorithm.
    /// </summary>
    private static bool TryFormatThousandths(double value, Span<byte> destination, out int length)
    {
        length = 0;
        var scaled = Math.Round(value * 1000);
        if (Math.Abs(scaled) >= 1e12 || scaled / 1000 != value) return false;
        var thousandths = (long)scaled;
        var position = 0;
        if (thousandths < 0)
        {
            destination[position++] = (byte)'-';
            thousandths = -thousandths;
        }
        var whole = thousandths / 1000;
        var fraction = (int)(thousandths % 1000);
        Utf8Formatter.TryFormat(whole, destination[position..], out var wholeLength);
        position += wholeLength;
        destination[position++] = (byte)'.';
        destination[position++] = (byte)('0' + fraction / 100);
        if (fraction % 100 != 0)
        {
            destination[position++] = (byte)('0' + fraction / 10 % 10);
            if (fraction % 10 != 0) destination[position++] = (byte)('0' + fraction % 10);
        }
        length = position;
        return true;
    }

    private static int FormatGeneral(double value, Span<byte> destination)
    {
        // .NET's "R" yields the same shortest digits as JS, but switches to exponent form at other
        // thresholds ("1E-05"), so take its digits and exponent and lay them out by the ECMAScript rules.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[24];
        var digitCount = 0;
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest.AsSpan() : shortest.AsSpan(0, exponentAt);
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var pointSeen = false;
        var integerDigits = 0;
        var leadingZeros = 0;
        foreach (var c in mantissa)
        {
            if (c == '-') continue;
            if (c == '.') { pointSeen = true; continue; }
            if (digitCount == 0 && c == '0')
            {
                if (pointSeen) leadingZeros++;
                continue;
            }
            digits[digitCount++] = c;
            if (!pointSeen) integerDigits++;
        }
        while (digitCount > 1 && digits[digitCount - 1] == '0') digitCount--;
        // n: position of the decimal point relative to the first significant digit (ECMAScript's n).
        var n = (integerDigits > 0 ? integerDigits : -leadingZeros) + exponent;

        var position = 0;
        if (value < 0) destination[position++] = (byte)'-';
        var k = digitCount;
        if (k <= n && n <= 21)
        {
            for (var i = 0; i < k; i++) destination[position++] = (byte)digits[i];
            for (var i = k; i < n; i++) destination[position++] = (byte)'0';
        }
        else if (0 < n && n <= 21)
        {
            for (var i = 0; i < n; i++) destination[position++] = (byte)digits[i];
            destination[position++] = (byte)'.';
            for (var i = n; i < k; i++) destination[position++] = (byte)digits[i];
        }
        else if (-6 < n && n <= 0)
        {
            destination[position++] = (byte)'0';
            destination[position++] = (byte)'.';
            for (var i = n; i < 0; i++) destination[position++] = (byte)'0';
            for (var i = 0; i < k; i++) destination[position++] = (byte)digits[i];
        }
        else
        {
            destination[position++] = (byte)digits[0];
            if (k > 1)
            {
                destination[position++] = (byte)'.';
                for (var i = 1; i < k; i++) destination[position++] = (byte)digits[i];
            }
            destination[position++] = (byte)'e';
            destination[position++] = n - 1 < 0 ? (byte)'-' : (byte)'+';
            Utf8Formatter.TryFormat(Math.Abs(n - 1), destination[position..], out var exponentLength);
            position += exponentLength;
        }
        return position;
    }
}
