using WinkSensor.Core.Protocol.Messages;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Sends raw MPU-6050 readings as RawImu frames while a host has asked for them (StartRawStream), two frames per
    /// sample (sacrum, thoracolumbar) sharing the sample counter. Refused frames are dropped and counted, never resent.
    /// </summary>
    public sealed class RawImuStream
    {
        private readonly IFrameLink link;
        private readonly RawImuMessage message = new RawImuMessage();
        private readonly byte[] frame = new byte[RawImuMessage.FrameLength];
        private bool active;
        private int framesDropped;

        public RawImuStream(IFrameLink link)
        {
            this.link = link;
        }

        public bool Active { get { return active; } }

        public int FramesDropped { get { return framesDropped; } }

        public void Start() { active = true; }

        public void Stop() { active = false; }

        /// <summary>One sensor's raw registers (LSBs, sensor axes) for sample sampleCounter; false when inactive or dropped.</summary>
        public bool Offer(uint sampleCounter, ImuSensorPosition sensor, short accelerationX, short accelerationY, short accelerationZ,
            short angularRateX, short angularRateY, short angularRateZ)
        {
            if (!active) return false;
            message.Sequence = sampleCounter;
            message.Sensor = sensor;
            message.AccelerationX = accelerationX;
            message.AccelerationY = accelerationY;
            message.AccelerationZ = accelerationZ;
            message.AngularRateX = angularRateX;
            message.AngularRateY = angularRateY;
            message.AngularRateZ = angularRateZ;
            int length = message.Encode(frame, 0);
            if (length <= link.MaximumPayloadBytes && link.TrySend(frame, 0, length)) return true;
            framesDropped++;
            return false;
        }
    }
}
