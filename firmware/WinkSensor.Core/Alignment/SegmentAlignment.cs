using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Alignment
{
    /// <summary>
    /// How one sensor sits on its body segment, in the sensor's own frame: the standing up direction, the gyroscope
    /// offset found while standing, and the flexion axis (the wearer's left, about which forward bending is a positive
    /// rotation). The axis starts provisional and is replaced by the dominant tilt axis of the first squat or
    /// forward bend, so a sensor clipped on at any angle still measures flexion about the right axis.
    /// See docs/detection.md, "Sensor-to-segment alignment".
    /// </summary>
    public sealed class SegmentAlignment
    {
        private Vector3 standingUp;
        private Vector3 gyroscopeOffset;
        private Vector3 flexionAxis;
        private Vector3 provisionalAxis;
        private Vector3 forward;
        private Vector3 swingSum;
        private float largestSwingSineSquared;
        private float minimumSwingSineSquared;
        private float provisionalAxisTurnDegrees;
        private float standingGravityG;
        private bool calibrated;
        private bool axisLearned;

        public SegmentAlignment(AlignmentSettings settings)
        {
            float sine = FloatMath.Sin(settings.MinimumSwingForAxisDegrees * FloatMath.RadiansPerDegree);
            minimumSwingSineSquared = sine * sine;
            provisionalAxisTurnDegrees = settings.ProvisionalAxisTurnDegrees;
            Reset();
        }

        public bool IsCalibrated { get { return calibrated; } }

        /// <summary>True once a squat or forward bend has set the flexion axis (false while it is provisional).</summary>
        public bool IsAxisLearned { get { return axisLearned; } }

        /// <summary>
        /// True while the flexion axis comes from a motion: learned, or the running estimate of the current motion
        /// (swung past AlignmentSettings.MinimumSwingForAxisDegrees). False while the provisional axis is in use, whose
        /// sign is wrong for a board facing the skin.
        /// </summary>
        public bool IsAxisFromMotion { get { return axisLearned || largestSwingSineSquared > 0f; } }

        /// <summary>Unit up vector in the sensor frame during the standing calibration.</summary>
        public Vector3 StandingUp { get { return standingUp; } }

        /// <summary>Gyroscope offset measured while standing still, deg/s.</summary>
        public Vector3 GyroscopeOffsetDegreesPerSecond { get { return gyroscopeOffset; } }

        /// <summary>Unit flexion axis in the sensor frame (points to the wearer's left).</summary>
        public Vector3 FlexionAxis { get { return flexionAxis; } }

        /// <summary>Magnitude of the acceleration while standing still, g (absorbs the accelerometer's scale error).</summary>
        public float StandingGravityG { get { return standingGravityG; } }

        public void Reset()
        {
            standingUp = new Vector3(0f, 0f, 1f);
            gyroscopeOffset = Vector3.Zero;
            flexionAxis = new Vector3(0f, 1f, 0f);
            provisionalAxis = flexionAxis;
            forward = new Vector3(1f, 0f, 0f);
            swingSum = Vector3.Zero;
            largestSwingSineSquared = 0f;
            standingGravityG = 1f;
            calibrated = false;
            axisLearned = false;
        }

        /// <summary>
        /// Fixes the standing posture from a still stretch. The provisional flexion axis assumes only that the board
        /// lies flat on the skin with its z axis pointing out of the back: the wearer's left is then z x up,
        /// whatever the rotation of the board about the skin normal.
        /// </summary>
        public void Calibrate(Vector3 meanAccelerationG, Vector3 meanAngularRateDegreesPerSecond)
        {
            standingGravityG = meanAccelerationG.Length;
            standingUp = meanAccelerationG.Normalized();
            gyroscopeOffset = meanAngularRateDegreesPerSecond;
            Vector3 left = Vector3.Cross(new Vector3(0f, 0f, 1f), standingUp);
            // Board lying flat with z vertical: no skin normal to use, take the x axis as the left-right guess.
            if (left.LengthSquared < 0.1f) left = Vector3.Cross(standingUp, new Vector3(1f, 0f, 0f));
            provisionalAxis = left.Normalized();
            SetAxis(provisionalAxis);
            calibrated = true;
            axisLearned = false;
            BeginMotion();
        }

        /// <summary>
        /// Forward tilt of the segment in its sagittal plane since the standing calibration, deg. While the axis is the
        /// provisional one, a backward tilt beyond AlignmentSettings.ProvisionalAxisTurnDegrees turns it round (a board
        /// facing the skin) and the tilt is measured about the turned axis.
        /// </summary>
        public float SagittalTiltDegrees(Vector3 up)
        {
            float tilt = TiltAboutAxis(up);
            if (tilt < -provisionalAxisTurnDegrees && !IsAxisFromMotion)
            {
                provisionalAxis = -provisionalAxis;
                SetAxis(provisionalAxis);
                tilt = TiltAboutAxis(up);
            }
            return tilt;
        }

        private float TiltAboutAxis(Vector3 up)
        {
            // A forward tilt by angle a turns the measured up vector into cos(a)*standingUp - sin(a)*forward.
            return FloatMath.Atan2(-Vector3.Dot(up, forward), Vector3.Dot(up, standingUp)) * FloatMath.DegreesPerRadian;
        }

        /// <summary>Starts collecting a motion that may set the flexion axis.</summary>
        public void BeginMotion()
        {
            swingSum = Vector3.Zero;
            largestSwingSineSquared = 0f;
        }

        /// <summary>
        /// Adds one sample of a forward motion. up x standingUp is sin(tilt) times the tilt axis, so the sum is the
        /// swing-weighted mean tilt axis: the dominant rotation axis of a sagittal motion, with its sign set by the
        /// motion going forward. Until an axis is learned, the running estimate is used as soon as the swing is large.
        /// </summary>
        public void AccumulateSwing(Vector3 up)
        {
            Vector3 tiltAxis = Vector3.Cross(up, standingUp);
            swingSum = swingSum + tiltAxis;
            // Compare squared sines of the tilt to avoid an arc sine per sample.
            float sineSquared = tiltAxis.LengthSquared;
            if (sineSquared > minimumSwingSineSquared)
            {
                if (sineSquared > largestSwingSineSquared) largestSwingSineSquared = sineSquared;
                if (!axisLearned) SetAxis(swingSum.Normalized());
            }
        }

        /// <summary>The motion was a squat or forward bend: its axis becomes the flexion axis, if it swung far enough.</summary>
        public void CommitMotion()
        {
            if (axisLearned || largestSwingSineSquared <= 0f || swingSum.LengthSquared <= 0f) return;
            SetAxis(swingSum.Normalized());
            axisLearned = true;
        }

        /// <summary>The motion was something else (sitting, an aborted dip): fall back to the axis held before it.</summary>
        public void DiscardMotion()
        {
            if (!axisLearned) SetAxis(provisionalAxis);
            BeginMotion();
        }

        private void SetAxis(Vector3 axis)
        {
            flexionAxis = axis;
            forward = Vector3.Cross(axis, standingUp).Normalized();
        }
    }
}
