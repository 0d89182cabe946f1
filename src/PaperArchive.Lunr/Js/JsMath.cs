namespace PaperArchive.Lunr.Js;

/// <summary>
/// The two bits of JavaScript arithmetic that lunr's scores pass through, reproduced bit for bit:
/// V8's <c>Math.log</c> (an fdlibm port, which can differ from the C runtime's log by an ulp) and
/// <c>Math.round</c> (ties towards +∞, unlike <see cref="Math.Round(double)"/>).
/// </summary>
public static class JsMath
{
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Two54 = 1.80143985094819840000e+16;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>JavaScript <c>Math.round</c>: nearest integer, halves rounded up (−2.5 → −2), −0 kept.</summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x)) return x;
        var up = Math.Ceiling(x);
        // Comparing against the ceiling avoids the double rounding that x + 0.5 would introduce.
        var rounded = up - 0.5 > x ? up - 1 : up;
        return rounded == 0 && (x < 0 || double.IsNegative(x)) ? -0.0 : rounded;
    }

    /// <summary>lunr's score precision: <c>Math.round(x * 1000) / 1000</c>.</summary>
    public static double RoundToThousandths(double x) => Round(x * 1000) / 1000;

    /// <summary>Natural logarithm computed exactly as V8 does (fdlibm <c>__ieee754_log</c>).</summary>
    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var hx = (int)(bits >> 32);
        var lx = (uint)bits;
        var k = 0;
        if (hx < 0x00100000)
        {
            if (((hx & 0x7fffffff) | (int)lx) == 0) return double.NegativeInfinity;
            if (hx < 0) return double.NaN;
            k -= 54;
            x *= Two54; // subnormal: scale up
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        var i = (hx + 0x95f64) & 0x100000;
        // Normalise x into [sqrt(2)/2, sqrt(2)).
        x = BitConverter.Int64BitsToDouble(((long)(hx | (i ^ 0x3ff00000)) << 32) | (BitConverter.DoubleToInt64Bits(x) & 0xffffffffL));
        k += i >> 20;
        var f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            if (f == 0)
            {
                if (k == 0) return 0;
                dk = k;
                return dk * Ln2High + dk * Ln2Low;
            }
            var r0 = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r0;
            dk = k;
            return dk * Ln2High - ((r0 - dk * Ln2Low) - f);
        }
        var s = f / (2.0 + f);
        dk = k;
        var z = s * s;
        i = hx - 0x6147a;
        var w = z * z;
        var j = 0x6b851 - hx;
        var t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        var t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        var r = t2 + t1;
        if (i > 0)
        {
            var hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * Ln2High - ((hfsq - (s * (hfsq + r) + dk * Ln2Low)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * Ln2High - ((s * (f - r) - dk * Ln2Low) - f);
    }
}
