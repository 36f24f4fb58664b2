using WinkSensor.Core.Alignment;
using WinkSensor.Core.Calibration;
using WinkSensor.Core.Fusion;
using WinkSensor.Core.Kinematics;
using WinkSensor.Core.Reps;
using WinkSensor.Core.Wink;

namespace WinkSensor.Core.Runtime
{
    /// <summary>Engineering settings of the device runtime (not wearer-changeable; those are in DeviceConfiguration).</summary>
    public sealed class RuntimeSettings
    {
        public FusionSettings Fusion = new FusionSettings();
        public AlignmentSettings Alignment = new AlignmentSettings();
        public RepSegmenterSettings Reps = new RepSegmenterSettings();
        public WinkDetectorSettings Wink = new WinkDetectorSettings();
        public VerticalMotionSettings VerticalMotion = new VerticalMotionSettings();

        /// <summary>Six-position calibration of the sacrum sensor's accelerometer, applied to every sample first.
        /// Default Identity (no correction).</summary>
        public AccelerometerCalibration SacrumAccelerometer = AccelerometerCalibration.Identity;

        /// <summary>Six-position calibration of the thoracolumbar sensor's accelerometer, applied to every sample first.
        /// Default Identity (no correction).</summary>
        public AccelerometerCalibration ThoracolumbarAccelerometer = AccelerometerCalibration.Identity;

        /// <summary>The host-started six-position calibration of both accelerometers (default time limit 180 s).</summary>
        public AccelerometerCalibrationProcedureSettings AccelerometerCalibrationProcedure = new AccelerometerCalibrationProcedureSettings();

        /// <summary>Sample period assumed for the first sample and when timestamps stall, s. Default 0.01 (100 Hz).</summary>
        public float NominalSamplePeriodSeconds = 0.01f;

        /// <summary>Longest sample period used in one step; longer gaps are clipped, s. Default 0.1.</summary>
        public float MaximumSamplePeriodSeconds = 0.1f;

        /// <summary>Gravity, m/s^2, to turn g into m/s^2. Default 9.80665.</summary>
        public float GravityMetersPerSecondSquared = 9.80665f;
    }
}
