namespace WinkSensor.Core.Numerics
{
    /// <summary>
    /// A rotation as a unit quaternion (W, X, Y, Z), Hamilton convention. A quaternion that maps a frame A to a frame B
    /// rotates vectors written in A into B: v_B = q v_A q*.
    /// </summary>
    public struct Quaternion
    {
        public float W;
        public float X;
        public float Y;
        public float Z;

        public Quaternion(float w, float x, float y, float z)
        {
            W = w;
            X = x;
            Y = y;
            Z = z;
        }

        public static Quaternion Identity { get { return new Quaternion(1f, 0f, 0f, 0f); } }

        /// <summary>Hamilton product a ⊗ b: first rotate by b, then by a.</summary>
        public static Quaternion operator *(Quaternion a, Quaternion b)
        {
            return new Quaternion(
                a.W * b.W - a.X * b.X - a.Y * b.Y - a.Z * b.Z,
                a.W * b.X + a.X * b.W + a.Y * b.Z - a.Z * b.Y,
                a.W * b.Y - a.X * b.Z + a.Y * b.W + a.Z * b.X,
                a.W * b.Z + a.X * b.Y - a.Y * b.X + a.Z * b.W);
        }

        public Quaternion Conjugate() { return new Quaternion(W, -X, -Y, -Z); }

        /// <summary>This quaternion scaled to unit length; the zero quaternion becomes the identity.</summary>
        public Quaternion Normalized()
        {
            float lengthSquared = W * W + X * X + Y * Y + Z * Z;
            if (!(lengthSquared > 0f)) return Identity;
            float inverse = 1f / FloatMath.Sqrt(lengthSquared);
            return new Quaternion(W * inverse, X * inverse, Y * inverse, Z * inverse);
        }

        /// <summary>
        /// This quaternion brought back to unit length with one Newton step instead of a square root; valid when it is
        /// already close to unit length (as after one integration step), where it is exact to the second order.
        /// </summary>
        public Quaternion RenormalizedNearUnit()
        {
            float scale = 1.5f - 0.5f * (W * W + X * X + Y * Y + Z * Z);
            return new Quaternion(W * scale, X * scale, Y * scale, Z * scale);
        }

        /// <summary>The vector v rotated by this (unit) quaternion: q v q*.</summary>
        public Vector3 Rotate(Vector3 v)
        {
            // v + 2 w (u × v) + 2 u × (u × v), with u the vector part: 15 multiplications, 15 additions.
            float tx = 2f * (Y * v.Z - Z * v.Y);
            float ty = 2f * (Z * v.X - X * v.Z);
            float tz = 2f * (X * v.Y - Y * v.X);
            return new Vector3(
                v.X + W * tx + (Y * tz - Z * ty),
                v.Y + W * ty + (Z * tx - X * tz),
                v.Z + W * tz + (X * ty - Y * tx));
        }

        /// <summary>The vector v rotated by the inverse of this (unit) quaternion: q* v q.</summary>
        public Vector3 InverseRotate(Vector3 v)
        {
            // Rotate with the conjugate (vector part negated), written out to save the three negations a sample.
            float tx = 2f * (Z * v.Y - Y * v.Z);
            float ty = 2f * (X * v.Z - Z * v.X);
            float tz = 2f * (Y * v.X - X * v.Y);
            return new Vector3(
                v.X + W * tx + (Z * ty - Y * tz),
                v.Y + W * ty + (X * tz - Z * tx),
                v.Z + W * tz + (Y * tx - X * ty));
        }

        /// <summary>Rotation by a constant angular rate (rad/s) over a duration (s).</summary>
        public static Quaternion FromAngularRate(Vector3 angularRateRadiansPerSecond, float durationSeconds)
        {
            return FromRotationVector(angularRateRadiansPerSecond.X * durationSeconds,
                angularRateRadiansPerSecond.Y * durationSeconds, angularRateRadiansPerSecond.Z * durationSeconds);
        }

        /// <summary>
        /// Rotation by the angle |(x, y, z)| rad about its direction. Per-sample gyro steps (below 0.1 rad, 570 deg/s at
        /// 100 Hz) take a two-term series: 11 float operations and 12 fewer than the four-term one, error below 3e-7.
        /// </summary>
        public static Quaternion FromRotationVector(float x, float y, float z)
        {
            float angleSquared = x * x + y * y + z * z;
            if (angleSquared <= 0.01f)
            {
                // cos(a/2) = 1 - a²/8 + a⁴/384 ...; sin(a/2)/a = 1/2 - a²/48 + a⁴/3840 ...
                float sinHalfOverAngleShort = 0.5f - angleSquared * 2.0833333e-2f;
                return new Quaternion(1f - angleSquared * 0.125f, x * sinHalfOverAngleShort, y * sinHalfOverAngleShort, z * sinHalfOverAngleShort);
            }
            if (angleSquared > 0.25f)
            {
                float angle = FloatMath.Sqrt(angleSquared);
                float sinHalfOverAngle = FloatMath.Sin(0.5f * angle) / angle;
                return new Quaternion(FloatMath.Cos(0.5f * angle), x * sinHalfOverAngle, y * sinHalfOverAngle, z * sinHalfOverAngle);
            }
            // cos(a/2) = 1 - a²/8 + a⁴/384 - a⁶/46080; sin(a/2)/a = 1/2 - a²/48 + a⁴/3840 - a⁶/645120
            float a2 = angleSquared;
            float cosHalf = 1f + a2 * (-0.125f + a2 * (2.6041667e-3f + a2 * -2.1701389e-5f));
            float sinHalfOverAngleSeries = 0.5f + a2 * (-2.0833333e-2f + a2 * (2.6041667e-4f + a2 * -1.5500992e-6f));
            return new Quaternion(cosHalf, x * sinHalfOverAngleSeries, y * sinHalfOverAngleSeries, z * sinHalfOverAngleSeries);
        }

        public override string ToString()
        {
            return "(" + W.ToString("F5") + ", " + X.ToString("F5") + ", " + Y.ToString("F5") + ", " + Z.ToString("F5") + ")";
        }
    }
}
