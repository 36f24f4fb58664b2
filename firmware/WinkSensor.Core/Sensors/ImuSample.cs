using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Sensors
{
    /// <summary>One accelerometer + gyroscope sample in the sensor's own (MPU-6050) axes.</summary>
    public struct ImuSample
    {
        /// <summary>Specific force in g (1 g pointing up when the sensor lies still).</summary>
        public Vector3 Acceleration;

        /// <summary>Angular rate in deg/s, right-handed about the sensor axes.</summary>
        public Vector3 AngularRate;

        public ImuSample(Vector3 accelerationG, Vector3 angularRateDegreesPerSecond)
        {
            Acceleration = accelerationG;
            AngularRate = angularRateDegreesPerSecond;
        }
    }
}
