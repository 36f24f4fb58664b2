using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Power
{
    /// <summary>
    /// Says whether a sample shows the wearer moving, for the idle-sleep timer. Deliberately coarse: anything beyond
    /// sensor noise and a still body counts (the gyro's noise is about 0.05 deg/s rms, its uncorrected zero-rate
    /// offset up to 20 deg/s, hence the 25 deg/s default).
    /// </summary>
    public sealed class MotionActivityDetector
    {
        /// <summary>Rotation rate above which the body is moving, deg/s (default 25).</summary>
        public float RotationThresholdDegreesPerSecond = 25f;

        /// <summary>Departure of the acceleration magnitude from 1 g above which the body is moving, g (default 0.15).</summary>
        public float AccelerationThresholdG = 0.15f;

        public bool IsMoving(ImuSample sample)
        {
            Vector3 rate = sample.AngularRate;
            float rateSquared = rate.X * rate.X + rate.Y * rate.Y + rate.Z * rate.Z;
            if (rateSquared > RotationThresholdDegreesPerSecond * RotationThresholdDegreesPerSecond) return true;
            Vector3 a = sample.Acceleration;
            float magnitude = FloatMath.Sqrt(a.X * a.X + a.Y * a.Y + a.Z * a.Z);
            return FloatMath.Abs(magnitude - 1f) > AccelerationThresholdG;
        }
    }
}
