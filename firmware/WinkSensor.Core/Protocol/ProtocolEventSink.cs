using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Turns runtime events into sequence-numbered event frames, keeps them in an EventLog and sends them over an
    /// IFrameLink. A send cursor moves past each event the link takes; Pump() retries from the cursor, and
    /// ResendAfter(n) moves it back so a reconnected host gets everything after the last event it holds.
    /// Thread-safe (one lock), allocation-free after construction.
    /// </summary>
    public sealed class ProtocolEventSink : IDeviceEventSink
    {
        private readonly object gate = new object();
        private readonly IFrameLink link;
        private readonly EventLog log;
        private readonly byte[] scratch = new byte[EventLog.SlotBytes];
        private readonly CalibratedMessage calibrated = new CalibratedMessage();
        private readonly RepCompletedMessage repCompleted = new RepCompletedMessage();
        private readonly WinkDetectedMessage winkDetected = new WinkDetectedMessage();
        private readonly FaultMessage fault = new FaultMessage();
        private readonly ConfigurationChangedMessage configurationChanged = new ConfigurationChangedMessage();
        private readonly RepMetricsMessage repMetrics = new RepMetricsMessage();
        private uint nextToSend = 1;
        private int framesSent;
        private int sendRefusals;

        public ProtocolEventSink(IFrameLink link) : this(link, new EventLog()) { }

        public ProtocolEventSink(IFrameLink link, EventLog log)
        {
            this.link = link;
            this.log = log;
        }

        public EventLog Log { get { return log; } }

        /// <summary>Event frames the link has taken (resends included).</summary>
        public int FramesSent { get { return framesSent; } }

        /// <summary>Times the link refused a frame (disconnected or congested); the frame stays queued.</summary>
        public int SendRefusals { get { return sendRefusals; } }

        /// <summary>Sequence number of the next event to send; LatestSequence + 1 when all are sent.</summary>
        public uint NextToSend { get { lock (gate) { return nextToSend; } } }

        public void Calibrated(long timeMicroseconds)
        {
            lock (gate)
            {
                calibrated.TimeMilliseconds = ProtocolUnits.ToMilliseconds(timeMicroseconds);
                Append(calibrated);
            }
        }

        public void RepCompleted(RepRecord rep)
        {
            lock (gate)
            {
                repCompleted.CopyFrom(rep);
                Append(repCompleted);
            }
        }

        public void WinkDetected(WinkRecord wink)
        {
            lock (gate)
            {
                winkDetected.CopyFrom(wink);
                Append(winkDetected);
            }
        }

        public void Fault(FaultCode code, long timeMicroseconds)
        {
            lock (gate)
            {
                fault.TimeMilliseconds = ProtocolUnits.ToMilliseconds(timeMicroseconds);
                fault.Code = code;
                Append(fault);
            }
        }

        public void ConfigurationChanged(DeviceConfiguration configuration, long timeMicroseconds)
        {
            lock (gate)
            {
                configurationChanged.TimeMilliseconds = ProtocolUnits.ToMilliseconds(timeMicroseconds);
                configurationChanged.Fields.CopyFrom(configuration);
                Append(configurationChanged);
            }
        }

        /// <summary>A rep's depth and velocity (see RepMetricsMessage.Set); NaN onset values when the rep had no wink.</summary>
        public void RepMetricsMeasured(int repNumber, float depthCentimetres, float meanConcentricVelocityMetresPerSecond,
            float peakConcentricVelocityMetresPerSecond, float onsetDepthCentimetres, float onsetFractionOfDepth)
        {
            lock (gate)
            {
                repMetrics.Set(repNumber, depthCentimetres, meanConcentricVelocityMetresPerSecond,
                    peakConcentricVelocityMetresPerSecond, onsetDepthCentimetres, onsetFractionOfDepth);
                Append(repMetrics);
            }
        }

        /// <summary>Sends queued events from the cursor until the link refuses one or all are sent; answers how many it sent.</summary>
        public int Pump()
        {
            lock (gate)
            {
                int sent = 0;
                uint oldest = log.OldestSequence;
                if (nextToSend < oldest) nextToSend = oldest;
                while (nextToSend != 0 && nextToSend <= log.LatestSequence)
                {
                    int length = log.LengthOf(nextToSend);
                    if (length > link.MaximumPayloadBytes || !link.TrySend(log.Storage, log.SlotOffset(nextToSend), length))
                    {
                        sendRefusals++;
                        break;
                    }
                    framesSent++;
                    sent++;
                    nextToSend++;
                }
                return sent;
            }
        }

        /// <summary>
        /// Queues every held event after lastHeldSequence for sending again (Pump sends them). lostCount is how many
        /// of the events after it are no longer held. SequenceNotIssued when lastHeldSequence is beyond the newest event
        /// (the device restarted since the host last heard from it).
        /// </summary>
        public ResultCode ResendAfter(uint lastHeldSequence, out uint lostCount)
        {
            lock (gate)
            {
                lostCount = 0;
                if (lastHeldSequence > log.LatestSequence) return ResultCode.SequenceNotIssued;
                uint first = lastHeldSequence + 1;
                uint oldest = log.OldestSequence;
                if (oldest != 0 && first < oldest)
                {
                    lostCount = oldest - first;
                    first = oldest;
                }
                nextToSend = first;
                return ResultCode.Success;
            }
        }

        private void Append(ProtocolMessage message)
        {
            message.Sequence = log.NextSequence;
            int length = message.Encode(scratch, 0);
            log.Append(scratch, 0, length);
            Pump();
        }
    }
}
