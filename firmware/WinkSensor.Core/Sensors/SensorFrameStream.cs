using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Core.Sensors
{
    /// <summary>One sensor's path into the pair sampler: drain its FIFO, timestamp the frames, queue them.</summary>
    internal sealed class SensorFrameStream
    {
        private readonly Mpu6050Driver driver;
        private readonly SampleClock clock;
        private readonly ImuFrameQueue queue;
        private readonly ImuSample[] drained;
        private readonly long[] drainedTimestamps;

        public SensorFrameStream(Mpu6050Driver driver, int framesPerDrain, int queueCapacity)
        {
            this.driver = driver;
            clock = new SampleClock(driver.Settings.SamplePeriodMicroseconds);
            queue = new ImuFrameQueue(queueCapacity);
            drained = new ImuSample[framesPerDrain];
            drainedTimestamps = new long[framesPerDrain];
        }

        public Mpu6050Driver Driver { get { return driver; } }

        public SampleClock Clock { get { return clock; } }

        public ImuFrameQueue Queue { get { return queue; } }

        public bool IsRunning { get { return driver.Health == Mpu6050Health.Running; } }

        public void Drain(long nowMicroseconds)
        {
            int room = queue.Free < drained.Length ? queue.Free : drained.Length;
            int count = driver.Drain(nowMicroseconds, drained, 0, room);
            // Frames were lost or the sensor restarted: the next frames start a new timestamp sequence.
            if (driver.Health != Mpu6050Health.Running || driver.LastError == Mpu6050Error.FifoOverflow || driver.LastError == Mpu6050Error.PartialTransfer)
            {
                clock.Reset();
            }
            if (count == 0) return;
            clock.Stamp(nowMicroseconds, count, driver.FramesLeftInFifo, drainedTimestamps, 0);
            for (int i = 0; i < count; i++) queue.Add(drained[i], drainedTimestamps[i]);
        }
    }
}
