using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// Kalman filter for the gyroscope bias (deg/s, sensor axes), after VQF (Laidig and Seel 2023). The bias is a random
    /// walk; at rest the low-passed angular rate measures it directly; in motion the horizontal part of the
    /// accelerometer correction rate measures it, rotated into the almost-inertial frame.
    /// The motion update drops VQF's third (vertical, almost zero-weight) measurement row, which makes it a rank-2
    /// update with a 2 × 2 inverse instead of a 3 × 3 one; the vertical bias is still learned at rest.
    /// Covariances are in (deg/s)².
    /// </summary>
    public sealed class GyroBiasEstimator
    {
        private readonly FusionSettings settings;
        private Vector3 bias;
        // Symmetric covariance P, (deg/s)².
        private float pxx, pxy, pxz, pyy, pyz, pzz;
        private float initialVariance;
        private float samplePeriodSeconds;
        private float growthPerSample;
        private float motionNoise;
        private float restNoise;

        public GyroBiasEstimator(FusionSettings settings)
        {
            this.settings = settings;
            samplePeriodSeconds = 0f;
            Reset();
        }

        /// <summary>Current bias estimate, deg/s.</summary>
        public Vector3 BiasDegreesPerSecond { get { return bias; } }

        /// <summary>Standard deviation of the estimate along its least certain axis, deg/s (diagonal of P).</summary>
        public float UncertaintyDegreesPerSecond
        {
            get { return FloatMath.Sqrt(FloatMath.Max(pxx, FloatMath.Max(pyy, pzz))); }
        }

        /// <summary>Zero bias with the power-up uncertainty.</summary>
        public void Reset()
        {
            bias = Vector3.Zero;
            ForgetToPowerUpUncertainty();
        }

        /// <summary>Keeps the estimate but makes it as uncertain as at power-up, so the next rest replaces it.</summary>
        public void ForgetToPowerUpUncertainty()
        {
            float sigma = settings.GyroBiasUncertaintyAtPowerUpDegreesPerSecond;
            initialVariance = sigma * sigma;
            pxx = initialVariance; pyy = initialVariance; pzz = initialVariance;
            pxy = 0f; pxz = 0f; pyz = 0f;
        }

        /// <summary>
        /// Takes a rest measurement as the estimate outright (first rest after power-up, still-stand calibration). The
        /// uncertainty is what the rest updates would have left from an unknown bias after stillSeconds of rest
        /// measurements (W / n), so later rests and motion refine it at VQF's pace.
        /// </summary>
        public void SetFromRest(Vector3 meanAngularRateDegreesPerSecond, float stillSeconds)
        {
            bias = meanAngularRateDegreesPerSecond;
            ClipBias();
            float samples = FloatMath.Max(1f, stillSeconds / samplePeriodSeconds);
            pxx = FloatMath.Min(initialVariance, restNoise / samples); pyy = pxx; pzz = pxx;
            pxy = 0f; pxz = 0f; pyz = 0f;
        }

        /// <summary>Recomputes the noise terms when the sample period changes (cheap to call every sample).</summary>
        public void SetSamplePeriod(float seconds)
        {
            if (FloatMath.Abs(seconds - samplePeriodSeconds) <= 1e-3f * samplePeriodSeconds) return;
            samplePeriodSeconds = seconds;
            // Without measurements the variance grows from 0 to (0.1 deg/s)² in the forgetting time.
            growthPerSample = 0.01f * seconds / settings.GyroBiasForgettingTimeSeconds;
            // Measurement noise chosen so the steady-state standard deviation is the configured one: W = p²/V + p.
            float motionVariance = settings.GyroBiasUncertaintyInMotionDegreesPerSecond * settings.GyroBiasUncertaintyInMotionDegreesPerSecond;
            motionNoise = motionVariance * motionVariance / growthPerSample + motionVariance;
            float restVariance = settings.GyroBiasUncertaintyAtRestDegreesPerSecond * settings.GyroBiasUncertaintyAtRestDegreesPerSecond;
            restNoise = restVariance * restVariance / growthPerSample + restVariance;
        }

        /// <summary>Time update: the bias may have drifted (variance grows, up to the power-up variance).</summary>
        public void Predict()
        {
            if (pxx < initialVariance) pxx += growthPerSample;
            if (pyy < initialVariance) pyy += growthPerSample;
            if (pzz < initialVariance) pzz += growthPerSample;
        }

        /// <summary>
        /// Measurement at rest: the mean angular rate over a window of rest is the bias, with its variance, (deg/s)²,
        /// set by how far the wearer sways in the window rather than by the gyro noise. stepLimit bounds the
        /// disagreement used, deg/s.
        /// </summary>
        public void UpdateAtRest(Vector3 meanAngularRateDegreesPerSecond, float stepLimitDegreesPerSecond, float measurementVariance)
        {
            float ex = FloatMath.Clamp(meanAngularRateDegreesPerSecond.X - bias.X, -stepLimitDegreesPerSecond, stepLimitDegreesPerSecond);
            float ey = FloatMath.Clamp(meanAngularRateDegreesPerSecond.Y - bias.Y, -stepLimitDegreesPerSecond, stepLimitDegreesPerSecond);
            float ez = FloatMath.Clamp(meanAngularRateDegreesPerSecond.Z - bias.Z, -stepLimitDegreesPerSecond, stepLimitDegreesPerSecond);

            // S = P + W I and its inverse (symmetric, by cofactors).
            float sxx = pxx + measurementVariance, syy = pyy + measurementVariance, szz = pzz + measurementVariance;
            float cxx = syy * szz - pyz * pyz;
            float cxy = pxz * pyz - pxy * szz;
            float cxz = pxy * pyz - pxz * syy;
            float cyy = sxx * szz - pxz * pxz;
            float cyz = pxy * pxz - sxx * pyz;
            float czz = sxx * syy - pxy * pxy;
            float inverseDeterminant = 1f / (sxx * cxx + pxy * cxy + pxz * cxz);
            cxx *= inverseDeterminant; cxy *= inverseDeterminant; cxz *= inverseDeterminant;
            cyy *= inverseDeterminant; cyz *= inverseDeterminant; czz *= inverseDeterminant;

            // K = P S⁻¹
            float kxx = pxx * cxx + pxy * cxy + pxz * cxz;
            float kxy = pxx * cxy + pxy * cyy + pxz * cyz;
            float kxz = pxx * cxz + pxy * cyz + pxz * czz;
            float kyx = pxy * cxx + pyy * cxy + pyz * cxz;
            float kyy = pxy * cxy + pyy * cyy + pyz * cyz;
            float kyz = pxy * cxz + pyy * cyz + pyz * czz;
            float kzx = pxz * cxx + pyz * cxy + pzz * cxz;
            float kzy = pxz * cxy + pyz * cyy + pzz * cyz;
            float kzz = pxz * cxz + pyz * cyz + pzz * czz;

            bias = new Vector3(
                bias.X + kxx * ex + kxy * ey + kxz * ez,
                bias.Y + kyx * ex + kyy * ey + kyz * ez,
                bias.Z + kzx * ex + kzy * ey + kzz * ez);

            // P = P − K P (symmetric: only the upper triangle)
            float nxx = pxx - (kxx * pxx + kxy * pxy + kxz * pxz);
            float nxy = pxy - (kxx * pxy + kxy * pyy + kxz * pyz);
            float nxz = pxz - (kxx * pxz + kxy * pyz + kxz * pzz);
            float nyy = pyy - (kyx * pxy + kyy * pyy + kyz * pyz);
            float nyz = pyz - (kyx * pxz + kyy * pyz + kyz * pzz);
            float nzz = pzz - (kzx * pxz + kzy * pyz + kzz * pzz);
            pxx = nxx; pxy = nxy; pxz = nxz; pyy = nyy; pyz = nyz; pzz = nzz;
            ClipBias();
        }

        /// <summary>
        /// Measurement in motion: errorFirst and errorSecond (deg/s) are the disagreements along the two horizontal
        /// axes of the almost-inertial frame, whose low-passed directions in the sensor frame are rowFirst and rowSecond
        /// (the measurement matrix rows).
        /// </summary>
        public void UpdateInMotion(Vector3 rowFirst, Vector3 rowSecond, float errorFirst, float errorSecond, float stepLimitDegreesPerSecond)
        {
            float e1 = FloatMath.Clamp(errorFirst, -stepLimitDegreesPerSecond, stepLimitDegreesPerSecond);
            float e2 = FloatMath.Clamp(errorSecond, -stepLimitDegreesPerSecond, stepLimitDegreesPerSecond);

            // A = P Hᵀ (3 × 2)
            float a1x = pxx * rowFirst.X + pxy * rowFirst.Y + pxz * rowFirst.Z;
            float a1y = pxy * rowFirst.X + pyy * rowFirst.Y + pyz * rowFirst.Z;
            float a1z = pxz * rowFirst.X + pyz * rowFirst.Y + pzz * rowFirst.Z;
            float a2x = pxx * rowSecond.X + pxy * rowSecond.Y + pxz * rowSecond.Z;
            float a2y = pxy * rowSecond.X + pyy * rowSecond.Y + pyz * rowSecond.Z;
            float a2z = pxz * rowSecond.X + pyz * rowSecond.Y + pzz * rowSecond.Z;

            // S = H A + W (2 × 2, symmetric) and its inverse
            float s11 = rowFirst.X * a1x + rowFirst.Y * a1y + rowFirst.Z * a1z + motionNoise;
            float s12 = rowFirst.X * a2x + rowFirst.Y * a2y + rowFirst.Z * a2z;
            float s22 = rowSecond.X * a2x + rowSecond.Y * a2y + rowSecond.Z * a2z + motionNoise;
            float inverseDeterminant = 1f / (s11 * s22 - s12 * s12);
            float i11 = s22 * inverseDeterminant;
            float i12 = -s12 * inverseDeterminant;
            float i22 = s11 * inverseDeterminant;

            // K = A S⁻¹ (3 × 2)
            float k1x = a1x * i11 + a2x * i12, k2x = a1x * i12 + a2x * i22;
            float k1y = a1y * i11 + a2y * i12, k2y = a1y * i12 + a2y * i22;
            float k1z = a1z * i11 + a2z * i12, k2z = a1z * i12 + a2z * i22;

            bias = new Vector3(bias.X + k1x * e1 + k2x * e2, bias.Y + k1y * e1 + k2y * e2, bias.Z + k1z * e1 + k2z * e2);

            // P = P − K Aᵀ
            pxx -= k1x * a1x + k2x * a2x;
            pxy -= k1x * a1y + k2x * a2y;
            pxz -= k1x * a1z + k2x * a2z;
            pyy -= k1y * a1y + k2y * a2y;
            pyz -= k1y * a1z + k2y * a2z;
            pzz -= k1z * a1z + k2z * a2z;
            ClipBias();
        }

        private void ClipBias()
        {
            float limit = settings.GyroBiasLimitDegreesPerSecond;
            bias = new Vector3(FloatMath.Clamp(bias.X, -limit, limit), FloatMath.Clamp(bias.Y, -limit, limit), FloatMath.Clamp(bias.Z, -limit, limit));
        }
    }
}
