using WinkSensor.Core.Alignment;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Calibration
{
    /// <summary>
    /// One-time six-position accelerometer calibration. The module rests still on each of its six faces in turn
    /// (any order, a few seconds each); feed every sample to Update. A still period (acceleration and angular rate
    /// steady for StillSeconds) is assigned to the face whose axis carries most of gravity, and that face keeps the
    /// period's mean acceleration (a later still period on the same face replaces it). Once all six faces have been
    /// seen, the offset and scale of each axis are solved from its up and down faces:
    /// offset = (a_up + a_down) / 2, scale = (a_up − a_down) / 2 against 1 g, refined for a slightly tilted table
    /// by taking as the true vertical component √(1 − the corrected other axes²) instead of exactly 1 g.
    /// Update allocates nothing.
    /// </summary>
    public sealed class SixPositionCalibrator
    {
        private const int FaceCount = 6;
        private const int RefinementPasses = 3;

        private readonly SixPositionCalibrationSettings settings;
        private readonly Vector3[] faceMeanG = new Vector3[FaceCount];
        private readonly bool[] faceSeen = new bool[FaceCount];
        private readonly float[] offsetG = new float[3];
        private readonly float[] scale = new float[3];
        private readonly float minimumVerticalShare;
        private readonly AccelerometerCalibration calibration = new AccelerometerCalibration();
        private readonly StillnessDetector stillness;
        private SixPositionCalibrationResult result;
        private int faceHeld = -1;
        private float holdFraction;

        public SixPositionCalibrator(SixPositionCalibrationSettings settings)
        {
            this.settings = settings;
            minimumVerticalShare = FloatMath.Cos(settings.MaximumFaceTiltDegrees * FloatMath.RadiansPerDegree);
            stillness = new StillnessDetector(settings.StillAccelerationToleranceG, settings.StillAngularRateToleranceDegreesPerSecond);
            Reset();
        }

        /// <summary>Forgets every face and any solved calibration.</summary>
        public void Reset()
        {
            for (int face = 0; face < FaceCount; face++)
            {
                faceSeen[face] = false;
                faceMeanG[face] = Vector3.Zero;
            }
            RestartStillPeriod();
            result = SixPositionCalibrationResult.Collecting;
            calibration.Set(Vector3.Zero, new Vector3(1f, 1f, 1f));
        }

        /// <summary>Collecting until all six faces were seen; then the outcome of the solve.</summary>
        public SixPositionCalibrationResult Result { get { return result; } }

        /// <summary>The solved calibration (Identity until Result is Complete).</summary>
        public AccelerometerCalibration Calibration { get { return calibration; } }

        /// <summary>How many of the six faces have had a long enough still period.</summary>
        public int FacesSeen
        {
            get
            {
                int seen = 0;
                for (int face = 0; face < FaceCount; face++) if (faceSeen[face]) seen++;
                return seen;
            }
        }

        /// <summary>Bit (1 &lt;&lt; AccelerometerFace) set for each face already seen.</summary>
        public int FacesSeenMask
        {
            get
            {
                int mask = 0;
                for (int face = 0; face < FaceCount; face++) if (faceSeen[face]) mask |= 1 << face;
                return mask;
            }
        }

        /// <summary>The face (AccelerometerFace value) the module has rested on for at least HeldFaceShownAfterSeconds,
        /// or −1 while it moves or rests on no clear face.</summary>
        public int FaceHeld { get { return faceHeld; } }

        /// <summary>Share of StillSeconds the current rest has lasted, 0..1 (0 when no face is held).</summary>
        public float HoldFraction { get { return holdFraction; } }

        /// <summary>Starts the still period afresh (after a gap in the samples) without forgetting any face.</summary>
        public void RestartStillPeriod()
        {
            stillness.Reset();
            faceHeld = -1;
            holdFraction = 0f;
        }

        public bool HasSeen(AccelerometerFace face) { return faceSeen[(int)face]; }

        /// <summary>Mean raw acceleration of the face's still period, g (zero when not seen).</summary>
        public Vector3 FaceMeanG(AccelerometerFace face) { return faceMeanG[(int)face]; }

        /// <summary>One raw sample (acceleration g, angular rate deg/s). Solves once all six faces are seen.</summary>
        public void Update(long timeMicroseconds, ImuSample sample)
        {
            stillness.Update(timeMicroseconds, sample);
            float stillSeconds = stillness.StillSeconds;
            faceHeld = -1;
            holdFraction = 0f;
            if (stillSeconds < settings.HeldFaceShownAfterSeconds) return;
            Vector3 mean = stillness.MeanAccelerationG;
            int face = FaceOf(mean);
            if (face < 0) return;
            faceHeld = face;
            holdFraction = stillSeconds >= settings.StillSeconds ? 1f : stillSeconds / settings.StillSeconds;
            if (stillSeconds < settings.StillSeconds) return;
            faceMeanG[face] = mean;
            if (faceSeen[face]) return;
            faceSeen[face] = true;
            if (FacesSeen == FaceCount) Solve();
        }

        /// <summary>
        /// Solves offsets and scales from the faces seen so far; MissingFace when one is missing. Called by Update
        /// when the sixth face is seen; call it again after replacing a face.
        /// </summary>
        public SixPositionCalibrationResult Solve()
        {
            if (FacesSeen < FaceCount) return result = SixPositionCalibrationResult.MissingFace;
            for (int face = 0; face < FaceCount; face++)
            {
                float vertical = FloatMath.Abs(Component(faceMeanG[face], face / 2));
                if (FloatMath.Abs(vertical - 1f) > settings.FaceMagnitudeToleranceG)
                    return result = SixPositionCalibrationResult.FaceMagnitudeImplausible;
            }

            for (int axis = 0; axis < 3; axis++)
            {
                offsetG[axis] = 0f;
                scale[axis] = 1f;
            }
            for (int pass = 0; pass < RefinementPasses; pass++)
            {
                for (int axis = 0; axis < 3; axis++)
                {
                    Vector3 up = faceMeanG[2 * axis];
                    Vector3 down = faceMeanG[2 * axis + 1];
                    float trueUp = TrueVerticalG(up, axis);
                    float trueDown = TrueVerticalG(down, axis);
                    float axisScale = (Component(up, axis) - Component(down, axis)) / (trueUp + trueDown);
                    scale[axis] = axisScale;
                    offsetG[axis] = Component(up, axis) - axisScale * trueUp;
                }
            }

            for (int axis = 0; axis < 3; axis++)
            {
                if (!(scale[axis] >= settings.MinimumScale && scale[axis] <= settings.MaximumScale))
                    return result = SixPositionCalibrationResult.ScaleOutOfRange;
                if (!(FloatMath.Abs(offsetG[axis]) <= settings.MaximumOffsetG))
                    return result = SixPositionCalibrationResult.OffsetOutOfRange;
            }
            calibration.Set(new Vector3(offsetG[0], offsetG[1], offsetG[2]), new Vector3(scale[0], scale[1], scale[2]));
            return result = SixPositionCalibrationResult.Complete;
        }

        /// <summary>The face a still mean belongs to, or −1 when no axis carries clearly most of gravity.</summary>
        private int FaceOf(Vector3 meanG)
        {
            float x = FloatMath.Abs(meanG.X);
            float y = FloatMath.Abs(meanG.Y);
            float z = FloatMath.Abs(meanG.Z);
            int axis = 0;
            float vertical = x;
            if (y > vertical) { axis = 1; vertical = y; }
            if (z > vertical) { axis = 2; vertical = z; }
            float magnitude = meanG.Length;
            if (magnitude <= 0f || vertical < minimumVerticalShare * magnitude) return -1;
            return 2 * axis + (Component(meanG, axis) > 0f ? 0 : 1);
        }

        /// <summary>The true gravity component along the face's vertical axis, g, from the other axes corrected
        /// with the current estimate (exactly 1 g on a level table).</summary>
        private float TrueVerticalG(Vector3 meanG, int axis)
        {
            float horizontalSquared = 0f;
            for (int other = 0; other < 3; other++)
            {
                if (other == axis) continue;
                float corrected = (Component(meanG, other) - offsetG[other]) / scale[other];
                horizontalSquared += corrected * corrected;
            }
            return horizontalSquared < 1f ? FloatMath.Sqrt(1f - horizontalSquared) : 0f;
        }

        private static float Component(Vector3 v, int axis)
        {
            if (axis == 0) return v.X;
            return axis == 1 ? v.Y : v.Z;
        }
    }
}
