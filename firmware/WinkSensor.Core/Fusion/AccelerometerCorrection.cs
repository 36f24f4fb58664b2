using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// VQF's inclination correction: the acceleration, rotated into the almost-inertial frame of the gyro integration,
    /// is low-passed there (second-order Butterworth, τ = AccelerometerTimeConstantSeconds), which averages squat
    /// accelerations out while the gravity direction in that frame stays put; the correction quaternion then turns
    /// the low-passed acceleration fully onto the vertical every sample.
    /// </summary>
    public sealed class AccelerometerCorrection
    {
        private readonly ButterworthLowPass accelerationLowPass;
        private Quaternion correction;
        private Vector3 lastDisagreement;

        public AccelerometerCorrection(FusionSettings settings)
        {
            accelerationLowPass = new ButterworthLowPass(3, settings.AccelerometerTimeConstantSeconds);
            Reset();
        }

        /// <summary>Rotation from the almost-inertial gyro frame to the inclination-corrected (6D) earth frame.</summary>
        public Quaternion Correction { get { return correction; } }

        /// <summary>
        /// The low-passed acceleration direction in the earth frame before the last correction (unit vector); its
        /// horizontal part, divided by the sample period, is the correction rate the motion bias estimate uses.
        /// </summary>
        public Vector3 LastDisagreement { get { return lastDisagreement; } }

        /// <summary>The up direction (earth +z) seen from the almost-inertial gyro frame: the inverse correction applied to +z.</summary>
        public Vector3 UpInGyroFrame
        {
            get
            {
                float w = correction.W, x = correction.X, y = correction.Y, z = correction.Z;
                return new Vector3(2f * (x * z - w * y), 2f * (y * z + w * x), 1f - 2f * (x * x + y * y));
            }
        }

        public void Reset()
        {
            accelerationLowPass.Reset();
            correction = Quaternion.Identity;
            lastDisagreement = new Vector3(0f, 0f, 1f);
        }

        /// <summary>Low-passes one acceleration (g, in the gyro frame) and corrects the inclination onto it.</summary>
        public void Update(Vector3 accelerationInGyroFrameG, float samplePeriodSeconds)
        {
            accelerationLowPass.SetSamplePeriod(samplePeriodSeconds);
            Vector3 filtered = accelerationLowPass.Update(accelerationInGyroFrameG);
            Correct(filtered);
        }

        /// <summary>
        /// Forgets the low-pass history and starts it in steady state at the given acceleration (g, gyro frame), then
        /// corrects onto it: used once the gyro bias is known at the end of a still stand.
        /// </summary>
        public void Relevel(Vector3 accelerationInGyroFrameG)
        {
            accelerationLowPass.SetSteadyState(0, accelerationInGyroFrameG.X);
            accelerationLowPass.SetSteadyState(1, accelerationInGyroFrameG.Y);
            accelerationLowPass.SetSteadyState(2, accelerationInGyroFrameG.Z);
            Correct(accelerationInGyroFrameG);
        }

        private void Correct(Vector3 accelerationInGyroFrameG)
        {
            Vector3 inEarth = correction.Rotate(accelerationInGyroFrameG).Normalized();
            if (inEarth.LengthSquared == 0f) return;
            lastDisagreement = inEarth;
            // Shortest rotation taking inEarth onto +z: about the horizontal axis (y, −x, 0).
            float w = FloatMath.Sqrt(0.5f * (inEarth.Z + 1f));
            Quaternion step;
            if (w > 1e-6f)
            {
                float half = 0.5f / w;
                step = new Quaternion(w, half * inEarth.Y, -half * inEarth.X, 0f);
            }
            else
            {
                step = new Quaternion(0f, 1f, 0f, 0f);
            }
            correction = (step * correction).RenormalizedNearUnit();
        }
    }
}
