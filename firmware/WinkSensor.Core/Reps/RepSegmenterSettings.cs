namespace WinkSensor.Core.Reps
{
    /// <summary>Settings of the rep segmenter; units in the names, defaults documented per field (see docs/detection.md).</summary>
    public sealed class RepSegmenterSettings
    {
        /// <summary>Forward or backward tilt of either segment that starts a candidate descent, deg. Default 10.</summary>
        public float DescentTriggerTiltDegrees = 10f;

        /// <summary>Pelvis drop that starts a candidate descent by itself (with downward speed), m. Default 0.08.</summary>
        public float DescentTriggerDropMeters = 0.08f;

        /// <summary>Downward speed that, with the drop above, starts a candidate descent, m/s. Default 0.10.</summary>
        public float DescentTriggerSpeedMetersPerSecond = 0.10f;

        /// <summary>Both segments within this tilt of standing count as near-standing for the rep start time, deg. Default 1.</summary>
        public float StartTiltDegrees = 1f;

        /// <summary>Smallest pelvis drop of a squat, m. Default 0.15 (a bend to pick something up drops the sacrum
        /// less than 0.1 m; a half squat about 0.25 m).</summary>
        public float MinimumSquatDepthMeters = 0.15f;

        /// <summary>Smallest pelvis rise in the ascent, m. Default 0.08 (sitting down never rises).</summary>
        public float MinimumRiseMeters = 0.08f;

        /// <summary>The descent ends (bottom) when the pelvis goes down slower than this, m/s. Default 0.05.</summary>
        public float BottomSpeedMetersPerSecond = 0.05f;

        /// <summary>The ascent starts when the pelvis goes up faster than this, m/s. Default 0.10.</summary>
        public float AscentSpeedMetersPerSecond = 0.10f;

        /// <summary>The rep ends when the pelvis rises slower than this and the wearer is upright, m/s. Default 0.05.</summary>
        public float EndSpeedMetersPerSecond = 0.05f;

        /// <summary>Both segments within this tilt of the standing calibration count as upright, deg. Default 15.</summary>
        public float UprightTiltDegrees = 15f;

        /// <summary>Trunk (thoracolumbar) forward tilt beyond which the motion is a stoop, not a squat, unless the pelvis
        /// has already dropped MinimumSquatDepthMeters, deg. Default 70 (a stoop passes it with the sacrum at or above its
        /// standing height; a deep squat with a big forward lean passes it 0.25 m or more down).</summary>
        public float MaximumSquatTrunkTiltDegrees = 70f;

        /// <summary>Pelvis forward tilt beyond which the motion is a stoop (pelvis-only mode), unless the pelvis has already
        /// dropped MinimumSquatDepthMeters, deg. Default 60.</summary>
        public float MaximumSquatPelvisTiltDegrees = 60f;

        /// <summary>Trunk forward tilt beyond which the motion is a stoop whatever the pelvis drop, deg. Default 85 (the
        /// trunk nearly horizontal; the deepest squats lean 70-75°). Guards against a drifted drop estimate.</summary>
        public float StoopTrunkTiltDegrees = 85f;

        /// <summary>Pelvis forward tilt beyond which the motion is a stoop whatever the pelvis drop (pelvis-only mode),
        /// deg. Default 75 (the deepest squats tilt the pelvis about 60-65°).</summary>
        public float StoopPelvisTiltDegrees = 75f;

        /// <summary>At the bottom, a trunk within this tilt of upright together with the pelvis tilted back of
        /// SeatedPelvisTiltDegrees for SeatedSeconds means the wearer sat down, deg. Default 15.</summary>
        public float SeatedTrunkTiltDegrees = 15f;

        /// <summary>Pelvis tilt (against standing; negative = backward) below which a low, upright wearer is seated, deg. Default 0;
        /// pelvis-only mode uses this minus 5, or this itself after a descent that leaned beyond SeatingPelvisLeanDegrees.</summary>
        public float SeatedPelvisTiltDegrees = 0f;

        /// <summary>Pelvis-only mode: a descent whose pelvis leaned forward beyond this may have been sitting down: the
        /// seated posture is then the pelvis behind standing (SeatedPelvisTiltDegrees, not 5° further back), and it is
        /// also checked in an ascent that has not recovered half the drop (the seat contact can start one), deg.
        /// Default 28 (simulated sit-downs lean the pelvis 32-47°; squats whose wink takes the pelvis behind standing
        /// leaned it at most 23°).</summary>
        public float SeatingPelvisLeanDegrees = 28f;

        /// <summary>How long the seated posture must last, s. Default 0.5.</summary>
        public float SeatedSeconds = 0.5f;

        /// <summary>Longest descent, s. Default 4 (the slowest published reps take 4.6 s in all).</summary>
        public float MaximumDescentSeconds = 4f;

        /// <summary>Longest stay at the bottom, s. Default 5 (a pause squat holds 1-3 s; longer is sitting or resting).</summary>
        public float MaximumBottomSeconds = 5f;

        /// <summary>Longest ascent, s. Default 4.</summary>
        public float MaximumAscentSeconds = 4f;

        /// <summary>Angular rate of both segments below which the wearer is quiet, deg/s. Default 15.</summary>
        public float QuietAngularRateDegreesPerSecond = 15f;

        /// <summary>Vertical acceleration below which the wearer is quiet, m/s^2. Default 1.5.</summary>
        public float QuietAccelerationMetersPerSecondSquared = 1.5f;

        /// <summary>How long the wearer must be upright and quiet to return to standing after another motion, s. Default 0.3.</summary>
        public float QuietSeconds = 0.3f;

        /// <summary>Angular rate below which a segment is still (used to hold the vertical speed at zero), deg/s. Default 5.</summary>
        public float StillAngularRateDegreesPerSecond = 5f;

        /// <summary>Vertical acceleration below which the pelvis is still, m/s^2. Default 0.3 (a squat starts with more).</summary>
        public float StillAccelerationMetersPerSecondSquared = 0.3f;

        /// <summary>Time constant pulling the vertical speed (and, standing, the height) to zero while still, s. Default 0.2.</summary>
        public float StillLeakSeconds = 0.2f;

        /// <summary>Time constant pulling the vertical speed and height to zero while standing but moving (walking), s. Default 3.</summary>
        public float StandingLeakSeconds = 3f;

        /// <summary>After a rep ends, how long the wearer must be still before its depth and speed are measured, s.
        /// Default 0.3.</summary>
        public float MeasurementSettleSeconds = 0.3f;

        /// <summary>Longest wait after a rep ends for the wearer to settle before measuring it anyway, s. Default 1.5.</summary>
        public float MaximumMeasurementDelaySeconds = 1.5f;

        /// <summary>An ascent ends upright and still for this long even if the integrated speed has drifted, s. Default 0.2.</summary>
        public float EndQuietSeconds = 0.2f;
    }
}
