namespace WinkSensor.Core.Sensors
{
    /// <summary>One sacrum frame and, unless PelvisOnly, the thoracolumbar frame sampled closest to it.</summary>
    public struct SensorPairSample
    {
        /// <summary>When the sacrum frame was sampled, µs on the device clock (see SampleClock).</summary>
        public long TimestampMicroseconds;

        /// <summary>Sacrum (S2) sensor, 0x68.</summary>
        public ImuSample Sacrum;

        /// <summary>Thoracolumbar (T12/L1) sensor, 0x69; meaningless when PelvisOnly.</summary>
        public ImuSample Thoracolumbar;

        /// <summary>When the thoracolumbar frame was sampled, µs; within 0.6 sample periods of TimestampMicroseconds, or for a
        /// frame held over to an unpaired sacrum frame (the same frame and timestamp as the sample before) up to
        /// SensorPairSampler.MaximumHoldPeriods before it.</summary>
        public long ThoracolumbarTimestampMicroseconds;

        /// <summary>True when there is no thoracolumbar frame for this sample (sensor absent, lost, or not yet delivered).</summary>
        public bool PelvisOnly;
    }
}
