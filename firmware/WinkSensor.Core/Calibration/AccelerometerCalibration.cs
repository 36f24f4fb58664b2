using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Calibration
{
    /// <summary>
    /// Per-axis correction of one accelerometer: corrected g = (raw g − offset g) / scale.
    /// The offset is the zero-g reading, g; the scale is the reading per true g (1 = exact, 1.02 = reads 2 % high).
    /// Identity leaves samples unchanged. Apply allocates nothing.
    /// </summary>
    public sealed class AccelerometerCalibration
    {
        private Vector3 offsetG;
        private Vector3 scale = new Vector3(1f, 1f, 1f);
        private Vector3 inverseScale = new Vector3(1f, 1f, 1f);
        private bool isIdentity = true;

        /// <summary>A calibration that leaves samples unchanged.</summary>
        public static AccelerometerCalibration Identity { get { return new AccelerometerCalibration(); } }

        public AccelerometerCalibration()
        {
        }

        /// <param name="offsetG">Zero-g reading per axis, g.</param>
        /// <param name="scale">Reading per true g per axis (must be positive).</param>
        public AccelerometerCalibration(Vector3 offsetG, Vector3 scale)
        {
            Set(offsetG, scale);
        }

        /// <summary>Zero-g reading per axis, g.</summary>
        public Vector3 OffsetG { get { return offsetG; } }

        /// <summary>Reading per true g per axis (dimensionless).</summary>
        public Vector3 Scale { get { return scale; } }

        public bool IsIdentity { get { return isIdentity; } }

        /// <summary>Replaces offset, g, and scale; a non-positive scale axis is taken as 1.</summary>
        public void Set(Vector3 newOffsetG, Vector3 newScale)
        {
            if (!(newScale.X > 0f)) newScale.X = 1f;
            if (!(newScale.Y > 0f)) newScale.Y = 1f;
            if (!(newScale.Z > 0f)) newScale.Z = 1f;
            offsetG = newOffsetG;
            scale = newScale;
            inverseScale = new Vector3(1f / newScale.X, 1f / newScale.Y, 1f / newScale.Z);
            isIdentity = newOffsetG.X == 0f && newOffsetG.Y == 0f && newOffsetG.Z == 0f
                && newScale.X == 1f && newScale.Y == 1f && newScale.Z == 1f;
        }

        /// <summary>Corrects the sample's acceleration in place; the angular rate is left as it is.</summary>
        public void Apply(ref ImuSample sample)
        {
            if (isIdentity) return;
            Vector3 a = sample.Acceleration;
            sample.Acceleration = new Vector3(
                (a.X - offsetG.X) * inverseScale.X,
                (a.Y - offsetG.Y) * inverseScale.Y,
                (a.Z - offsetG.Z) * inverseScale.Z);
        }

        /// <summary>The corrected acceleration, g, of a raw reading, g.</summary>
        public Vector3 Correct(Vector3 rawG)
        {
            return new Vector3(
                (rawG.X - offsetG.X) * inverseScale.X,
                (rawG.Y - offsetG.Y) * inverseScale.Y,
                (rawG.Z - offsetG.Z) * inverseScale.Z);
        }
    }
}
