namespace WinkSensor.Core.Numerics
{
    /// <summary>A three-component float vector; the unit is whatever the field holding it says (g, deg/s, ...).</summary>
    public struct Vector3
    {
        public float X;
        public float Y;
        public float Z;

        public Vector3(float x, float y, float z)
        {
            X = x;
            Y = y;
            Z = z;
        }

        public static Vector3 Zero { get { return new Vector3(0f, 0f, 0f); } }

        public float Length { get { return FloatMath.Sqrt(X * X + Y * Y + Z * Z); } }

        public float LengthSquared { get { return X * X + Y * Y + Z * Z; } }

        /// <summary>This vector scaled to unit length; the zero vector stays zero.</summary>
        public Vector3 Normalized()
        {
            float length = Length;
            if (length <= 0f) return new Vector3(0f, 0f, 0f);
            float inverse = 1f / length;
            return new Vector3(X * inverse, Y * inverse, Z * inverse);
        }

        public static float Dot(Vector3 a, Vector3 b) { return a.X * b.X + a.Y * b.Y + a.Z * b.Z; }

        public static Vector3 Cross(Vector3 a, Vector3 b)
        {
            return new Vector3(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);
        }

        /// <summary>Angle between two vectors in degrees, 0..180; 0 when either is zero.</summary>
        public static float AngleDegrees(Vector3 a, Vector3 b)
        {
            float along = Dot(a, b);
            float across = Cross(a, b).Length;
            return FloatMath.Atan2(across, along) * FloatMath.DegreesPerRadian;
        }

        public static Vector3 operator +(Vector3 a, Vector3 b) { return new Vector3(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }

        public static Vector3 operator -(Vector3 a, Vector3 b) { return new Vector3(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }

        public static Vector3 operator -(Vector3 a) { return new Vector3(-a.X, -a.Y, -a.Z); }

        public static Vector3 operator *(Vector3 a, float s) { return new Vector3(a.X * s, a.Y * s, a.Z * s); }

        public static Vector3 operator *(float s, Vector3 a) { return new Vector3(a.X * s, a.Y * s, a.Z * s); }

        public override string ToString() { return "(" + X.ToString("F4") + ", " + Y.ToString("F4") + ", " + Z.ToString("F4") + ")"; }
    }
}
