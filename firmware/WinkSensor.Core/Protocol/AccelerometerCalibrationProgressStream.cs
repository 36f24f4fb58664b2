using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol.Messages;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Sends AccelerometerCalibrationProgress frames (0x22) while the six-position calibration runs: at once when a
    /// face, a result or the state changes, at most every HoldIntervalMicroseconds when only a hold percentage moved,
    /// at least every HeartbeatMicroseconds, and once when a run ends. Frames are never resent; a refused frame still
    /// advances the counter, so the host sees the gap; a refused end frame is offered again a heartbeat later.
    /// Call Offer every main-loop pass. Allocation-free after construction.
    /// </summary>
    public sealed class AccelerometerCalibrationProgressStream
    {
        /// <summary>Longest time between two frames while the procedure runs, µs (1 s).</summary>
        public const long HeartbeatMicroseconds = 1000000;

        /// <summary>Shortest time between frames that only report a hold percentage or the time left, µs (0.2 s).</summary>
        public const long HoldIntervalMicroseconds = 200000;

        private readonly IFrameLink link;
        private readonly AccelerometerCalibrationProgressMessage message = new AccelerometerCalibrationProgressMessage();
        private readonly byte[] frame = new byte[AccelerometerCalibrationProgressMessage.FrameLength];
        private uint counter;
        private int framesDropped;
        private bool anySent;
        private long lastOfferedMicroseconds;
        private int endReportedForRun;
        private AccelerometerCalibrationState lastState;
        private int lastSacrumFaces;
        private int lastThoracolumbarFaces;
        private int lastSacrumFaceHeld;
        private int lastThoracolumbarFaceHeld;
        private int lastSacrumHoldPercent;
        private int lastThoracolumbarHoldPercent;
        private SixPositionCalibrationResult lastSacrumResult;
        private SixPositionCalibrationResult lastThoracolumbarResult;

        public AccelerometerCalibrationProgressStream(IFrameLink link)
        {
            this.link = link;
        }

        /// <summary>Frames the link refused.</summary>
        public int FramesDropped { get { return framesDropped; } }

        /// <summary>Frames offered so far (the last frame's sequence number).</summary>
        public uint FramesOffered { get { return counter; } }

        /// <summary>Offers a frame when one is due; answers true when the link took one.</summary>
        public bool Offer(long timeMicroseconds, AccelerometerCalibrationProcedure procedure)
        {
            AccelerometerCalibrationState state = procedure.State;
            if (state == AccelerometerCalibrationState.Idle) return false;
            bool running = state == AccelerometerCalibrationState.Collecting;
            if (!running && endReportedForRun == procedure.Runs) return false;

            long sinceLast = timeMicroseconds - lastOfferedMicroseconds;
            bool due;
            if (!anySent || sinceLast >= HeartbeatMicroseconds || sinceLast < 0) due = true;
            else if (!running) due = lastState == AccelerometerCalibrationState.Collecting;
            else if (HasStepChanged(procedure)) due = true;
            else due = sinceLast >= HoldIntervalMicroseconds && HasHoldChanged(procedure);
            if (!due) return false;

            Remember(procedure);
            lastOfferedMicroseconds = timeMicroseconds;
            anySent = true;
            bool taken = Send(procedure);
            // The end is reported once: only a refused end frame is offered again (a heartbeat later).
            if (!running && taken) endReportedForRun = procedure.Runs;
            return taken;
        }

        private bool HasStepChanged(AccelerometerCalibrationProcedure procedure)
        {
            return procedure.State != lastState
                || procedure.SacrumFacesSeenMask != lastSacrumFaces
                || procedure.ThoracolumbarFacesSeenMask != lastThoracolumbarFaces
                || procedure.SacrumFaceHeld != lastSacrumFaceHeld
                || procedure.ThoracolumbarFaceHeld != lastThoracolumbarFaceHeld
                || procedure.SacrumResult != lastSacrumResult
                || procedure.ThoracolumbarResult != lastThoracolumbarResult;
        }

        private bool HasHoldChanged(AccelerometerCalibrationProcedure procedure)
        {
            return procedure.SacrumHoldPercent != lastSacrumHoldPercent
                || procedure.ThoracolumbarHoldPercent != lastThoracolumbarHoldPercent;
        }

        private void Remember(AccelerometerCalibrationProcedure procedure)
        {
            lastState = procedure.State;
            lastSacrumFaces = procedure.SacrumFacesSeenMask;
            lastThoracolumbarFaces = procedure.ThoracolumbarFacesSeenMask;
            lastSacrumFaceHeld = procedure.SacrumFaceHeld;
            lastThoracolumbarFaceHeld = procedure.ThoracolumbarFaceHeld;
            lastSacrumHoldPercent = procedure.SacrumHoldPercent;
            lastThoracolumbarHoldPercent = procedure.ThoracolumbarHoldPercent;
            lastSacrumResult = procedure.SacrumResult;
            lastThoracolumbarResult = procedure.ThoracolumbarResult;
        }

        private bool Send(AccelerometerCalibrationProcedure procedure)
        {
            counter++;
            message.Sequence = counter;
            message.State = procedure.State;
            message.SacrumFacesSeen = (byte)procedure.SacrumFacesSeenMask;
            message.ThoracolumbarFacesSeen = (byte)procedure.ThoracolumbarFacesSeenMask;
            message.SacrumFaceHeld = FaceByte(procedure.SacrumFaceHeld);
            message.ThoracolumbarFaceHeld = FaceByte(procedure.ThoracolumbarFaceHeld);
            message.SacrumHoldPercent = (byte)procedure.SacrumHoldPercent;
            message.ThoracolumbarHoldPercent = (byte)procedure.ThoracolumbarHoldPercent;
            message.SacrumResult = procedure.SacrumResult;
            message.ThoracolumbarResult = procedure.ThoracolumbarResult;
            int seconds = procedure.SecondsRemaining;
            message.SecondsRemaining = (ushort)(seconds > 65535 ? 65535 : seconds);
            int length = message.Encode(frame, 0);
            if (length > 0 && length <= link.MaximumPayloadBytes && link.TrySend(frame, 0, length)) return true;
            framesDropped++;
            return false;
        }

        private static byte FaceByte(int face)
        {
            return face < 0 ? AccelerometerCalibrationProgressMessage.NoFace : (byte)face;
        }
    }
}
