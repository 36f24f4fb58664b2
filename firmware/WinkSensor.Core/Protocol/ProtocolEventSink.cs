using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Turns runtime events into sequence-numbered event frames, keeps them in an EventLog and sends them over an
    /// IFrameLink. A send cursor moves past each event the link takes; Pump() retries from the cursor. ResendAfter
    /// queues a range of already-sent events to go out again first, so a reconnected host gets what it missed
    /// while new events keep flowing.
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
        private readonly AccelerometerCalibratedMessage accelerometerCalibrated = new AccelerometerCalibratedMessage();
        private uint nextToSend = 1;
        private uint resendNext;
        private uint resendLast;
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

        /// <summary>The rep event, followed at once by its metrics event (depth, concentric velocity, onset depth).</summary>
        public void RepCompleted(RepRecord rep)
        {
            lock (gate)
            {
                repCompleted.CopyFrom(rep);
                Append(repCompleted);
                repMetrics.Set(rep.RepNumber, rep.DepthMeters * 100f, rep.MeanConcentricVelocityMetersPerSecond,
                    rep.PeakConcentricVelocityMetersPerSecond, rep.WinkOnsetDepthCentimetres, rep.WinkOnsetFractionOfDepth);
                Append(repMetrics);
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

        /// <summary>Two AccelerometerCalibrated events: the sacrum's, then the thoracolumbar sensor's.</summary>
        public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
            bool keptInFlash)
        {
            lock (gate)
            {
                accelerometerCalibrated.Set(ImuSensorPosition.Sacrum, sacrum, keptInFlash);
                Append(accelerometerCalibrated);
                accelerometerCalibrated.Set(ImuSensorPosition.Thoracolumbar, thoracolumbar, keptInFlash);
                Append(accelerometerCalibrated);
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

        /// <summary>Sends the queued resend range, then new events from the cursor, until the link refuses one or all
        /// are sent; answers how many it sent.</summary>
        public int Pump()
        {
            lock (gate)
            {
                int sent = 0;
                uint oldest = log.OldestSequence;
                if (resendNext != 0 && resendNext < oldest) resendNext = oldest;
                while (resendNext != 0 && resendNext <= resendLast)
                {
                    if (!TrySend(resendNext)) return sent;
                    sent++;
                    resendNext++;
                }
                resendNext = 0;
                if (nextToSend < oldest) nextToSend = oldest;
                while (nextToSend <= log.LatestSequence)
                {
                    if (!TrySend(nextToSend)) return sent;
                    sent++;
                    nextToSend++;
                }
                return sent;
            }
        }

        /// <summary>As ResendAfter(lastHeldSequence, 0, out lostCount): everything after it.</summary>
        public ResultCode ResendAfter(uint lastHeldSequence, out uint lostCount)
        {
            return ResendAfter(lastHeldSequence, 0, out lostCount);
        }

        /// <summary>
        /// Queues the already-sent events after lastHeldSequence, at most count of them (0 = all), to be sent again
        /// before new ones (Pump sends them); it replaces any resend still queued. lostCount is how many of the asked-for
        /// events are no longer held (the first ones of the range). SequenceNotIssued when lastHeldSequence is beyond
        /// the newest event: the device restarted since the host last heard from it.
        /// </summary>
        public ResultCode ResendAfter(uint lastHeldSequence, uint count, out uint lostCount)
        {
            lock (gate)
            {
                lostCount = 0;
                uint latest = log.LatestSequence;
                if (lastHeldSequence > latest) return ResultCode.SequenceNotIssued;
                uint first = lastHeldSequence + 1;
                uint last = count == 0 || count > latest - lastHeldSequence ? latest : lastHeldSequence + count;
                uint oldest = log.OldestSequence;
                if (first < oldest)
                {
                    lostCount = (last < oldest ? last + 1 : oldest) - first;
                    first = oldest;
                }
                // Events from the cursor on go out anyway: resend only what was sent before.
                if (last >= nextToSend) last = nextToSend - 1;
                resendNext = first <= last ? first : 0;
                resendLast = last;
                return ResultCode.Success;
            }
        }

        private bool TrySend(uint sequence)
        {
            int length = log.LengthOf(sequence);
            if (length > link.MaximumPayloadBytes || !link.TrySend(log.Storage, log.SlotOffset(sequence), length))
            {
                sendRefusals++;
                return false;
            }
            framesSent++;
            return true;
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
