namespace WinkSensor.Core.Runtime
{
    /// <summary>A wink: the alarm (when the motor buzzes) and the retrospective onset. Reused by the runtime.</summary>
    public sealed class WinkRecord
    {
        public int RepNumber;
        /// <summary>When the causal detector fired, the moment the device buzzes.</summary>
        public long AlarmMicroseconds;
        /// <summary>Estimated start of the wink (found looking back from the alarm).</summary>
        public long OnsetMicroseconds;
        /// <summary>Rise of flexion over the rep's own reference, deg, at the alarm (updated in the rep record at its end).</summary>
        public float MagnitudeDegrees;

        public void CopyFrom(WinkRecord other)
        {
            RepNumber = other.RepNumber;
            AlarmMicroseconds = other.AlarmMicroseconds;
            OnsetMicroseconds = other.OnsetMicroseconds;
            MagnitudeDegrees = other.MagnitudeDegrees;
        }
    }
}
