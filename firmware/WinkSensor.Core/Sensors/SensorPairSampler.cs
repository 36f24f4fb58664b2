using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Core.Sensors
{
    /// <summary>
    /// Drains the sacrum (0x68) and thoracolumbar (0x69) sensors and pairs their frames one-to-one by timestamp.
    /// The two parts run on their own clocks (up to about 1 % apart), so now and then one of them delivers an extra
    /// frame, one with no partner within PairingTolerancePeriods periods: an extra thoracolumbar frame is dropped
    /// (counted; it shows as a two-period step in the thoracolumbar timestamps, so integrate with timestamp
    /// differences), an extra sacrum frame goes out with the thoracolumbar frame it follows held over (same frame and
    /// timestamp as the sample before), so the sacrum stream never has a gap and the thoracolumbar sensor is not taken
    /// for lost once a second (the runtime resets its filter and buzzes the fault when a PelvisOnly sample interrupts
    /// the thoracolumbar stream). With no frame to hold (none paired yet, or the held one more than
    /// MaximumHoldPeriods old) it goes out alone as a PelvisOnly sample.
    /// This keeps every pair within the tolerance for ever. A frame whose partner has not been read yet is held over to
    /// the next drain (at most MaximumBacklogFrames). Without a running thoracolumbar sensor the sampler carries on with
    /// the sacrum alone (PelvisOnly samples); without a running sacrum sensor it produces nothing.
    /// Call Drain every 10 to 20 ms; nothing is allocated there.
    /// </summary>
    public sealed class SensorPairSampler
    {
        /// <summary>Most frames read from one sensor per Drain (160 ms at 100 Hz); the rest stay in its FIFO.</summary>
        public const int MaximumFramesPerDrain = 16;

        /// <summary>Frames one sensor may hold over waiting for the other before the sacrum goes out alone / the thoracolumbar frame is dropped.</summary>
        public const int MaximumBacklogFrames = 8;

        /// <summary>
        /// Largest sacrum-to-thoracolumbar timestamp difference still paired, in sample periods. Above 0.5 so a pairing
        /// stays put while the clocks drift (hysteresis): it only changes by one frame when the drift has crossed 0.6.
        /// </summary>
        public const float PairingTolerancePeriods = 0.6f;

        /// <summary>Oldest thoracolumbar frame, in sample periods before the sacrum frame, held over for an unpaired sacrum frame.</summary>
        public const float MaximumHoldPeriods = 2f;

        private const int QueueCapacity = MaximumFramesPerDrain + MaximumBacklogFrames + 8;

        private readonly SensorFrameStream sacrum;
        private readonly SensorFrameStream thoracolumbar;
        private readonly long toleranceMicroseconds;
        private readonly long maximumHoldMicroseconds;
        private ImuSample heldThoracolumbar;
        private long heldThoracolumbarTimestamp;
        private bool hasHeldThoracolumbar;

        private long pairsProduced;
        private long pelvisOnlySamples;
        private long unpairedSacrumFrames;
        private long droppedThoracolumbarFrames;
        private long heldThoracolumbarFrames;

        /// <param name="sacrum">Driver of the 0x68 sensor.</param>
        /// <param name="thoracolumbar">Driver of the 0x69 sensor, or null for a pelvis-only wearable.</param>
        public SensorPairSampler(Mpu6050Driver sacrum, Mpu6050Driver thoracolumbar)
        {
            this.sacrum = new SensorFrameStream(sacrum, MaximumFramesPerDrain, QueueCapacity);
            if (thoracolumbar != null) this.thoracolumbar = new SensorFrameStream(thoracolumbar, MaximumFramesPerDrain, QueueCapacity);
            toleranceMicroseconds = (long)(PairingTolerancePeriods * sacrum.Settings.SamplePeriodMicroseconds);
            maximumHoldMicroseconds = (long)(MaximumHoldPeriods * sacrum.Settings.SamplePeriodMicroseconds);
        }

        public Mpu6050Driver Sacrum { get { return sacrum.Driver; } }

        /// <summary>Null when the sampler was built without one.</summary>
        public Mpu6050Driver Thoracolumbar { get { return thoracolumbar == null ? null : thoracolumbar.Driver; } }

        /// <summary>True while samples go out without thoracolumbar data.</summary>
        public bool IsPelvisOnly { get { return thoracolumbar == null || !thoracolumbar.IsRunning; } }

        /// <summary>Samples with both sensors.</summary>
        public long PairsProduced { get { return pairsProduced; } }

        /// <summary>Samples with the sacrum alone.</summary>
        public long PelvisOnlySamples { get { return pelvisOnlySamples; } }

        /// <summary>Sacrum frames without a partner while the thoracolumbar sensor was running (no partner close enough in
        /// time, or its backlog ran over): sent with the previous thoracolumbar frame held over (see HeldThoracolumbarFrames) or alone.</summary>
        public long UnpairedSacrumFrames { get { return unpairedSacrumFrames; } }

        /// <summary>Unpaired sacrum frames sent with the previous thoracolumbar frame held over.</summary>
        public long HeldThoracolumbarFrames { get { return heldThoracolumbarFrames; } }

        /// <summary>Thoracolumbar frames dropped for want of a sacrum partner or backlog room.</summary>
        public long DroppedThoracolumbarFrames { get { return droppedThoracolumbarFrames; } }

        /// <summary>Sample-period estimate of the sacrum sensor's own clock, µs.</summary>
        public float SacrumPeriodMicroseconds { get { return sacrum.Clock.PeriodMicroseconds; } }

        /// <summary>Sample-period estimate of the thoracolumbar sensor's own clock, µs (0 without one).</summary>
        public float ThoracolumbarPeriodMicroseconds { get { return thoracolumbar == null ? 0f : thoracolumbar.Clock.PeriodMicroseconds; } }

        /// <summary>
        /// Drains both sensors at nowMicroseconds (HighResTimer) and writes the samples that are complete into
        /// destination, oldest first; returns how many. Samples that do not fit stay queued for the next call.
        /// </summary>
        public int Drain(long nowMicroseconds, SensorPairSample[] destination)
        {
            sacrum.Drain(nowMicroseconds);
            if (thoracolumbar != null)
            {
                thoracolumbar.Drain(nowMicroseconds);
                if (!thoracolumbar.IsRunning) thoracolumbar.Queue.Clear();
            }
            if (!sacrum.IsRunning && sacrum.Queue.Count == 0 && thoracolumbar != null)
            {
                // Without the sacrum nothing can be paired; keep the thoracolumbar backlog bounded.
                TrimThoracolumbar(0);
            }

            int written = 0;
            ImuFrameQueue sacrumQueue = sacrum.Queue;
            while (written < destination.Length && sacrumQueue.Count > 0)
            {
                if (IsPelvisOnly)
                {
                    WriteAlone(destination, written++);
                    continue;
                }

                ImuFrameQueue thoracolumbarQueue = thoracolumbar.Queue;
                if (thoracolumbarQueue.Count == 0)
                {
                    if (sacrumQueue.Count <= MaximumBacklogFrames) break;
                    unpairedSacrumFrames++;
                    WriteAlone(destination, written++);
                    continue;
                }

                long difference = sacrumQueue.OldestTimestamp - thoracolumbarQueue.OldestTimestamp;
                if (difference > toleranceMicroseconds)
                {
                    thoracolumbarQueue.RemoveOldest();
                    droppedThoracolumbarFrames++;
                    continue;
                }
                if (difference < -toleranceMicroseconds)
                {
                    unpairedSacrumFrames++;
                    if (hasHeldThoracolumbar && sacrumQueue.OldestTimestamp - heldThoracolumbarTimestamp <= maximumHoldMicroseconds)
                        WriteWithHeldThoracolumbar(destination, written++);
                    else WriteAlone(destination, written++);
                    continue;
                }

                destination[written].TimestampMicroseconds = sacrumQueue.OldestTimestamp;
                destination[written].Sacrum = sacrumQueue.Oldest;
                destination[written].ThoracolumbarTimestampMicroseconds = thoracolumbarQueue.OldestTimestamp;
                destination[written].Thoracolumbar = thoracolumbarQueue.Oldest;
                destination[written].PelvisOnly = false;
                heldThoracolumbar = thoracolumbarQueue.Oldest;
                heldThoracolumbarTimestamp = thoracolumbarQueue.OldestTimestamp;
                hasHeldThoracolumbar = true;
                sacrumQueue.RemoveOldest();
                thoracolumbarQueue.RemoveOldest();
                pairsProduced++;
                written++;
            }

            if (thoracolumbar != null && sacrumQueue.Count == 0) TrimThoracolumbar(MaximumBacklogFrames);
            return written;
        }

        private void WriteWithHeldThoracolumbar(SensorPairSample[] destination, int index)
        {
            ImuFrameQueue sacrumQueue = sacrum.Queue;
            destination[index].TimestampMicroseconds = sacrumQueue.OldestTimestamp;
            destination[index].Sacrum = sacrumQueue.Oldest;
            destination[index].ThoracolumbarTimestampMicroseconds = heldThoracolumbarTimestamp;
            destination[index].Thoracolumbar = heldThoracolumbar;
            destination[index].PelvisOnly = false;
            sacrumQueue.RemoveOldest();
            heldThoracolumbarFrames++;
            pairsProduced++;
        }

        private void WriteAlone(SensorPairSample[] destination, int index)
        {
            ImuFrameQueue sacrumQueue = sacrum.Queue;
            destination[index].TimestampMicroseconds = sacrumQueue.OldestTimestamp;
            destination[index].Sacrum = sacrumQueue.Oldest;
            destination[index].ThoracolumbarTimestampMicroseconds = 0;
            destination[index].Thoracolumbar = new ImuSample();
            destination[index].PelvisOnly = true;
            sacrumQueue.RemoveOldest();
            pelvisOnlySamples++;
        }

        private void TrimThoracolumbar(int keep)
        {
            ImuFrameQueue queue = thoracolumbar.Queue;
            while (queue.Count > keep)
            {
                queue.RemoveOldest();
                droppedThoracolumbarFrames++;
            }
        }
    }
}
