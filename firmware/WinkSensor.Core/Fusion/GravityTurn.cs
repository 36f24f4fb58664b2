using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// The turn a nearly still sensor made, as its accelerometer saw it. A standing wearer sways by tenths of a degree at
    /// 0.05-0.5 Hz, so over a still stretch of a few seconds the mean angular rate is the gyro offset plus the sway's turn
    /// over the stretch divided by its length (about 0.3 deg/s over 2 s). The gravity direction at the start and at the
    /// end of the stretch measures that turn, except about the vertical: up turns as du/dt = u × ω, so the turn's
    /// horizontal part is u_end × u_start (rad, small turns).
    /// </summary>
    public static class GravityTurn
    {
        /// <summary>
        /// Mean angular rate of the turn between two accelerations (g, sensor frame) taken seconds apart, deg/s; its
        /// component about gravity is not seen (zero). Zero if either acceleration is zero or seconds is not positive.
        /// </summary>
        public static Vector3 MeanRateDegreesPerSecond(Vector3 startAccelerationG, Vector3 endAccelerationG, float seconds)
        {
            float startSquared = startAccelerationG.LengthSquared;
            float endSquared = endAccelerationG.LengthSquared;
            if (!(seconds > 0f) || startSquared == 0f || endSquared == 0f) return Vector3.Zero;
            float scale = FloatMath.DegreesPerRadian / (FloatMath.Sqrt(startSquared * endSquared) * seconds);
            return Vector3.Cross(endAccelerationG, startAccelerationG) * scale;
        }

        /// <summary>
        /// As MeanRateDegreesPerSecond, with the turn shrunk by noiseDegrees (zero when the turn is no larger): a turn
        /// within the accelerometer's noise is not told from none.
        /// </summary>
        public static Vector3 MeanRateBeyondNoiseDegreesPerSecond(Vector3 startAccelerationG, Vector3 endAccelerationG, float seconds,
            float noiseDegrees)
        {
            Vector3 rate = MeanRateDegreesPerSecond(startAccelerationG, endAccelerationG, seconds);
            float turnDegrees = rate.Length * seconds;
            if (turnDegrees <= noiseDegrees) return Vector3.Zero;
            return rate * (1f - noiseDegrees / turnDegrees);
        }
    }
}
