namespace WinkSensor.Core.Calibration
{
    /// <summary>Settings of the six-position accelerometer calibration.</summary>
    public sealed class SixPositionCalibrationSettings
    {
        /// <summary>How long the module must rest on one face to count it, s. Default 2.</summary>
        public float StillSeconds = 2f;

        /// <summary>Largest deviation of one acceleration sample from the still period's mean, g. Default 0.02.</summary>
        public float StillAccelerationToleranceG = 0.02f;

        /// <summary>Largest deviation of one angular rate sample from the still period's mean, deg/s. Default 2.
        /// Against the mean, not zero, because the gyroscope offset is not yet known.</summary>
        public float StillAngularRateToleranceDegreesPerSecond = 2f;

        /// <summary>How long the module must rest before the face it rests on is reported as held (progress display), s.
        /// Default 0.2: shorter stretches happen mid-turn.</summary>
        public float HeldFaceShownAfterSeconds = 0.2f;

        /// <summary>Largest angle between the face's vertical axis and the measured gravity, deg. Default 20.</summary>
        public float MaximumFaceTiltDegrees = 20f;

        /// <summary>Largest difference of a face's vertical reading from 1 g, g. Default 0.15.</summary>
        public float FaceMagnitudeToleranceG = 0.15f;

        /// <summary>Smallest plausible scale (reading per true g). Default 0.9.</summary>
        public float MinimumScale = 0.9f;

        /// <summary>Largest plausible scale (reading per true g). Default 1.1.</summary>
        public float MaximumScale = 1.1f;

        /// <summary>Largest plausible zero-g offset on any axis, g. Default 0.15.</summary>
        public float MaximumOffsetG = 0.15f;
    }
}
