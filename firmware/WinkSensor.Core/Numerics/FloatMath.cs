namespace WinkSensor.Core.Numerics
{
    /// <summary>
    /// Single-precision elementary functions. The device mscorlib has no System.Math (it lives in a separate
    /// package that computes in single precision on the ESP32 anyway), so the core carries its own.
    /// Accuracy: Sqrt to float rounding, Atan/Atan2 within 1e-6 rad, Sin/Cos within 1e-6 within a turn (range reduction adds about 1e-7 per turn).
    /// </summary>
    public static class FloatMath
    {
        public const float Pi = 3.14159265358979f;
        public const float HalfPi = 1.57079632679490f;
        public const float TwoPi = 6.28318530717959f;
        public const float DegreesPerRadian = 57.2957795130823f;
        public const float RadiansPerDegree = 0.0174532925199433f;

        public static float Abs(float x) { return x < 0f ? -x : x; }

        public static float Min(float a, float b) { return a < b ? a : b; }

        public static float Max(float a, float b) { return a > b ? a : b; }

        public static float Clamp(float x, float low, float high)
        {
            if (x < low) return low;
            if (x > high) return high;
            return x;
        }

        /// <summary>Square root; 0 for zero, negative or NaN input.</summary>
        public static float Sqrt(float x)
        {
            if (!(x > 0f)) return 0f;
            if (x > 3.0e38f) return x;
            // Bring x into [0.25, 4) by powers of 4, so a fixed number of Newton steps suffices.
            float mantissa = x;
            float scale = 1f;
            while (mantissa >= 4f) { mantissa *= 0.25f; scale *= 2f; }
            while (mantissa < 0.25f) { mantissa *= 4f; scale *= 0.5f; }
            // Linear first guess (max relative error 0.25 on the interval), then Newton, which squares the error each
            // step: 0.025, 3e-4, 5e-8 — a third step reaches float precision, a fourth would only cost operations.
            float y = 0.5f + 0.5f * mantissa;
            if (mantissa < 1f) y = 0.35f + 0.65f * mantissa;
            y = 0.5f * (y + mantissa / y);
            y = 0.5f * (y + mantissa / y);
            y = 0.5f * (y + mantissa / y);
            return y * scale;
        }

        /// <summary>Arc tangent in radians, (-pi/2, pi/2).</summary>
        public static float Atan(float x)
        {
            bool negative = x < 0f;
            if (negative) x = -x;
            bool inverted = x > 1f;
            if (inverted) x = 1f / x;
            float result = AtanUnit(x);
            if (inverted) result = HalfPi - result;
            return negative ? -result : result;
        }

        /// <summary>Angle of the vector (x, y) from the x axis in radians, (-pi, pi].</summary>
        public static float Atan2(float y, float x)
        {
            float absoluteX = Abs(x);
            float absoluteY = Abs(y);
            if (absoluteX == 0f && absoluteY == 0f) return 0f;
            float angle;
            if (absoluteY <= absoluteX) angle = AtanUnit(absoluteY / absoluteX);
            else angle = HalfPi - AtanUnit(absoluteX / absoluteY);
            if (x < 0f) angle = Pi - angle;
            return y < 0f ? -angle : angle;
        }

        public static float Asin(float x)
        {
            x = Clamp(x, -1f, 1f);
            return Atan2(x, Sqrt((1f - x) * (1f + x)));
        }

        public static float Acos(float x)
        {
            x = Clamp(x, -1f, 1f);
            return Atan2(Sqrt((1f - x) * (1f + x)), x);
        }

        public static float Sin(float radians)
        {
            float x = WrapToPi(radians);
            // Fold into [-pi/2, pi/2] where the polynomial is accurate.
            if (x > HalfPi) x = Pi - x;
            else if (x < -HalfPi) x = -Pi - x;
            float x2 = x * x;
            return x * (1f + x2 * (-1.66666667e-1f + x2 * (8.33333333e-3f + x2 * (-1.98412698e-4f
                + x2 * (2.75573192e-6f + x2 * (-2.50521084e-8f + x2 * 1.60590438e-10f))))));
        }

        public static float Cos(float radians)
        {
            float x = WrapToPi(radians);
            return Sin(HalfPi - Abs(x));
        }

        /// <summary>The same angle in (-pi, pi].</summary>
        public static float WrapToPi(float radians)
        {
            if (radians > Pi || radians <= -Pi)
            {
                float turns = radians / TwoPi;
                int whole = (int)(turns >= 0f ? turns + 0.5f : turns - 0.5f);
                radians -= whole * TwoPi;
                if (radians > Pi) radians -= TwoPi;
                else if (radians <= -Pi) radians += TwoPi;
            }
            return radians;
        }

        /// <summary>The same angle in degrees in (-180, 180].</summary>
        public static float WrapToHalfTurnDegrees(float degrees)
        {
            while (degrees > 180f) degrees -= 360f;
            while (degrees <= -180f) degrees += 360f;
            return degrees;
        }

        /// <summary>atan(x) for 0 &lt;= x &lt;= 1 (Abramowitz and Stegun 4.4.49, error below 2e-8).</summary>
        private static float AtanUnit(float x)
        {
            float x2 = x * x;
            return x * (0.9999993329f + x2 * (-0.3332985605f + x2 * (0.1994653599f + x2 * (-0.1390853351f
                + x2 * (0.0964200441f + x2 * (-0.0559098861f + x2 * (0.0218612288f + x2 * -0.0040540580f)))))));
        }
    }
}
