using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Power
{
    /// <summary>
    /// Says whether a sample shows the wearer moving, for the idle-sleep timer. Deliberately coarse, and on raw
    /// samples: the gyro's zero-rate offset before calibration can reach 20 deg/s (datasheet, initial tolerance) and
    /// drifts with temperature, so the rotation threshold sits well above it; walking or lifting also shakes the
    /// acceleration by more than 0.15 g, so little real movement is missed.
    /// </summary>
    public sealed class MotionActivityDetector
    {
        /// <summary>Rotation rate above which the body is moving, deg/s (default 45).</summary>
        public float RotationThresholdDegreesPerSecond = 45f;

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
