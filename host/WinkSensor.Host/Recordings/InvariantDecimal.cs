using System.Globalization;

namespace WinkSensor.Host.Recordings;

/// <summary>
/// Parses a CSV number with exactly the result of double.TryParse(NumberStyles.Float, InvariantCulture), faster for
/// the plain decimals recordings hold ("-0.01234"): up to 15 significant digits and 15 decimals are an exact integer
/// divided by an exact power of ten, which IEEE division rounds correctly. Anything else goes to double.TryParse.
/// </summary>
internal static class InvariantDecimal
{
    private const int MaxDigits = 15; // below 2^53, so the integer is exact in a double

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (TryParsePlainDecimal(text, out value)) return true;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative) i = 1;
        long digits = 0;
        int digitCount = 0, decimals = 0;
        bool inFraction = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if ((uint)(c - '0') <= 9)
            {
                if (++digitCount > MaxDigits) return false;
                digits = digits * 10 + (c - '0');
                if (inFraction) decimals++;
            }
            else if (c == '.' && !inFraction) inFraction = true;
            else return false;
        }
        // Need a digit on both sides of a point: ".5", "5." and "-" go the general way.
        if (digitCount == 0 || text[negative ? 1 : 0] == '.' || text[^1] == '.') return false;
        double magnitude = digits / PowersOfTen[decimals];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
