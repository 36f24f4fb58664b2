using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Calibration
{
    /// <summary>
    /// The device's six-position accelerometer calibration of both sensors at once (docs/calibration.md). The wearer
    /// takes both boards off and rests each on its six faces, a few seconds each, in any order: both boards together
    /// or one after the other. Each sensor has its own SixPositionCalibrator fed with its RAW samples (no accelerometer
    /// calibration applied). Complete once both sensors solved plausibly; Failed as soon as one solve is implausible;
    /// TimedOut when the time limit passes first. Begin starts afresh (also while running). Update allocates nothing.
    /// </summary>
    public sealed class AccelerometerCalibrationProcedure
    {
        /// <summary>Longest time limit the host may ask for, s (30 minutes).</summary>
        public const int MaximumTimeLimitSeconds = 1800;

        private readonly AccelerometerCalibrationProcedureSettings settings;
        private readonly SixPositionCalibrator sacrum;
        private readonly SixPositionCalibrator thoracolumbar;
        private AccelerometerCalibrationState state = AccelerometerCalibrationState.Idle;
        private long deadlineMicroseconds;
        private long lastMicroseconds;
        private bool thoracolumbarWasPresent;
        private int runs;

        public AccelerometerCalibrationProcedure(AccelerometerCalibrationProcedureSettings settings)
        {
            this.settings = settings;
            sacrum = new SixPositionCalibrator(settings.Faces);
            thoracolumbar = new SixPositionCalibrator(settings.Faces);
        }

        /// <summary>Idle before the first Begin; Collecting while running; afterwards how the last run ended.</summary>
        public AccelerometerCalibrationState State { get { return state; } }

        public bool IsRunning { get { return state == AccelerometerCalibrationState.Collecting; } }

        /// <summary>How many times Begin was called: tells one run's end from the next one's.</summary>
        public int Runs { get { return runs; } }

        /// <summary>Bit (1 &lt;&lt; AccelerometerFace) per face of the sacrum board captured so far.</summary>
        public int SacrumFacesSeenMask { get { return sacrum.FacesSeenMask; } }

        public int ThoracolumbarFacesSeenMask { get { return thoracolumbar.FacesSeenMask; } }

        /// <summary>The face the sacrum board rests on right now (AccelerometerFace value), −1 while it moves or when not running.</summary>
        public int SacrumFaceHeld { get { return IsRunning ? sacrum.FaceHeld : -1; } }

        public int ThoracolumbarFaceHeld { get { return IsRunning ? thoracolumbar.FaceHeld : -1; } }

        /// <summary>Share of the required still time the sacrum board's current face has had, % (0..100).</summary>
        public int SacrumHoldPercent { get { return IsRunning ? Percent(sacrum.HoldFraction) : 0; } }

        public int ThoracolumbarHoldPercent { get { return IsRunning ? Percent(thoracolumbar.HoldFraction) : 0; } }

        public SixPositionCalibrationResult SacrumResult { get { return sacrum.Result; } }

        public SixPositionCalibrationResult ThoracolumbarResult { get { return thoracolumbar.Result; } }

        /// <summary>The sacrum sensor's solved calibration (Identity unless SacrumResult is Complete).</summary>
        public AccelerometerCalibration SacrumCalibration { get { return sacrum.Calibration; } }

        public AccelerometerCalibration ThoracolumbarCalibration { get { return thoracolumbar.Calibration; } }

        /// <summary>Whole seconds left before the time limit, s (rounded up; 0 when not running).</summary>
        public int SecondsRemaining
        {
            get
            {
                if (!IsRunning) return 0;
                long left = deadlineMicroseconds - lastMicroseconds;
                return left <= 0 ? 0 : (int)((left + 999999L) / 1000000L);
            }
        }

        /// <summary>Starts (or starts over) with every face of both sensors forgotten.</summary>
        /// <param name="timeMicroseconds">Device time now, µs.</param>
        /// <param name="timeLimitSeconds">Time limit, s; 0 or less = DefaultTimeLimitSeconds; more than
        /// MaximumTimeLimitSeconds is taken as that.</param>
        public void Begin(long timeMicroseconds, int timeLimitSeconds)
        {
            if (timeLimitSeconds <= 0) timeLimitSeconds = settings.DefaultTimeLimitSeconds;
            if (timeLimitSeconds > MaximumTimeLimitSeconds) timeLimitSeconds = MaximumTimeLimitSeconds;
            sacrum.Reset();
            thoracolumbar.Reset();
            lastMicroseconds = timeMicroseconds;
            deadlineMicroseconds = timeMicroseconds + timeLimitSeconds * 1000000L;
            thoracolumbarWasPresent = false;
            state = AccelerometerCalibrationState.Collecting;
            runs++;
        }

        /// <summary>Stops a running procedure (state Cancelled); answers false when none was running.</summary>
        public bool Cancel()
        {
            if (!IsRunning) return false;
            state = AccelerometerCalibrationState.Cancelled;
            return true;
        }

        /// <summary>One pair of RAW samples (acceleration g, angular rate deg/s); the thoracolumbar one only when present.</summary>
        public AccelerometerCalibrationChange Update(long timeMicroseconds, ImuSample sacrumSample, ImuSample thoracolumbarSample,
            bool thoracolumbarPresent)
        {
            if (!IsRunning) return AccelerometerCalibrationChange.None;
            lastMicroseconds = timeMicroseconds;
            int facesBefore = sacrum.FacesSeenMask | (thoracolumbar.FacesSeenMask << 8);

            sacrum.Update(timeMicroseconds, sacrumSample);
            if (thoracolumbarPresent)
            {
                // A sensor that was missing starts its still period afresh: the gap says nothing about stillness.
                if (!thoracolumbarWasPresent) thoracolumbar.RestartStillPeriod();
                thoracolumbar.Update(timeMicroseconds, thoracolumbarSample);
            }
            thoracolumbarWasPresent = thoracolumbarPresent;

            if (IsImplausible(sacrum.Result) || IsImplausible(thoracolumbar.Result))
                return End(AccelerometerCalibrationState.Failed);
            if (sacrum.Result == SixPositionCalibrationResult.Complete && thoracolumbar.Result == SixPositionCalibrationResult.Complete)
                return End(AccelerometerCalibrationState.Complete);
            if (timeMicroseconds - deadlineMicroseconds >= 0) return End(AccelerometerCalibrationState.TimedOut);

            int facesAfter = sacrum.FacesSeenMask | (thoracolumbar.FacesSeenMask << 8);
            return facesAfter != facesBefore ? AccelerometerCalibrationChange.FaceCaptured : AccelerometerCalibrationChange.None;
        }

        private AccelerometerCalibrationChange End(AccelerometerCalibrationState ending)
        {
            state = ending;
            return AccelerometerCalibrationChange.Ended;
        }

        private static bool IsImplausible(SixPositionCalibrationResult result)
        {
            return result != SixPositionCalibrationResult.Collecting && result != SixPositionCalibrationResult.Complete;
        }

        private static int Percent(float fraction)
        {
            int percent = (int)(fraction * 100f + 0.5f);
            if (percent < 0) return 0;
            return percent > 100 ? 100 : percent;
        }
    }
}
