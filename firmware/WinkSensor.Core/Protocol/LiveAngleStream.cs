using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Decimates per-sample angles to the configured live-angle rate and sends them as LiveAngles frames. A frame the
    /// link refuses is dropped (live angles are never resent); its counter still advances, so the host sees the gap.
    /// Allocation-free after construction.
    /// </summary>
    public sealed class LiveAngleStream
    {
        private readonly IFrameLink link;
        private readonly DeviceConfiguration configuration;
        private readonly LiveAnglesMessage message = new LiveAnglesMessage();
        private readonly byte[] frame = new byte[LiveAnglesMessage.FrameLength];
        private bool started;
        private long nextDueMicroseconds;
        private uint counter;
        private int framesDropped;

        public LiveAngleStream(IFrameLink link, DeviceConfiguration configuration)
        {
            this.link = link;
            this.configuration = configuration;
        }

        public int FramesDropped { get { return framesDropped; } }

        /// <summary>Offer every sample; one is sent each 1/LiveAngleRateHertz s. Answers true when a frame was sent.</summary>
        public bool Offer(long timeMicroseconds, float flexionDegrees, float sacrumTiltDegrees, float thoracolumbarTiltDegrees,
            SquatPhase phase, int repCount)
        {
            if (started && timeMicroseconds < nextDueMicroseconds) return false;
            long periodMicroseconds = 1000000L / configuration.LiveAngleRateHertz;
            // Step from the previous due time so the rate does not drift with sample jitter; restart after a long pause.
            nextDueMicroseconds = started && timeMicroseconds - nextDueMicroseconds < periodMicroseconds
                ? nextDueMicroseconds + periodMicroseconds
                : timeMicroseconds + periodMicroseconds;
            started = true;

            counter++;
            message.Sequence = counter;
            message.TimeMilliseconds = ProtocolUnits.ToMilliseconds(timeMicroseconds);
            message.FlexionCentidegrees = ProtocolUnits.ToCentidegrees(flexionDegrees);
            message.SacrumTiltCentidegrees = ProtocolUnits.ToCentidegrees(sacrumTiltDegrees);
            message.ThoracolumbarTiltCentidegrees = ProtocolUnits.ToCentidegrees(thoracolumbarTiltDegrees);
            message.Phase = phase;
            message.RepCount = ProtocolUnits.ToCount(repCount);
            int length = message.Encode(frame, 0);
            if (length <= link.MaximumPayloadBytes && link.TrySend(frame, 0, length)) return true;
            framesDropped++;
            return false;
        }
    }
}
