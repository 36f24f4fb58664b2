using WinkSensor.Core.Protocol.Messages;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Decodes any frame into one preallocated message per type and counts what it accepts and rejects.
    /// Never throws, never allocates after construction. The decoded message stays valid until the next Decode.
    /// </summary>
    public sealed class FrameDecoder
    {
        public readonly CalibratedMessage Calibrated = new CalibratedMessage();
        public readonly RepCompletedMessage RepCompleted = new RepCompletedMessage();
        public readonly WinkDetectedMessage WinkDetected = new WinkDetectedMessage();
        public readonly FaultMessage Fault = new FaultMessage();
        public readonly ConfigurationChangedMessage ConfigurationChanged = new ConfigurationChangedMessage();
        public readonly RepMetricsMessage RepMetrics = new RepMetricsMessage();
        public readonly AccelerometerCalibratedMessage AccelerometerCalibrated = new AccelerometerCalibratedMessage();
        public readonly LiveAnglesMessage LiveAngles = new LiveAnglesMessage();
        public readonly RawImuMessage RawImu = new RawImuMessage();
        public readonly StatusMessage Status = new StatusMessage();
        public readonly ConfigurationMessage Configuration = new ConfigurationMessage();
        public readonly AccelerometerCalibrationProgressMessage AccelerometerCalibrationProgress = new AccelerometerCalibrationProgressMessage();
        public readonly CommandMessage Command = new CommandMessage();
        public readonly CommandResultMessage CommandResult = new CommandResultMessage();

        private int acceptedFrames;
        private int rejectedFrames;
        private ProtocolMessage last;

        public int AcceptedFrames { get { return acceptedFrames; } }
        public int RejectedFrames { get { return rejectedFrames; } }

        /// <summary>The message filled by the last successful Decode, or null.</summary>
        public ProtocolMessage Last { get { return last; } }

        public DecodeResult Decode(byte[] buffer, int offset, int length)
        {
            last = null;
            DecodeResult result;
            if (buffer == null || offset < 0 || length < 0 || offset > buffer.Length || length > buffer.Length - offset)
                result = DecodeResult.BadRange;
            else if (length < FrameHeader.Length)
                result = DecodeResult.BadLength;
            else
            {
                ProtocolMessage message = MessageFor(buffer[offset + FrameHeader.TypeOffset]);
                if (message == null)
                    result = buffer[offset] != ProtocolVersion.Current ? DecodeResult.BadVersion : DecodeResult.UnknownFrameType;
                else
                {
                    result = message.Decode(buffer, offset, length);
                    if (result == DecodeResult.Ok) last = message;
                }
            }
            if (result == DecodeResult.Ok) acceptedFrames++;
            else rejectedFrames++;
            return result;
        }

        /// <summary>The preallocated message for a frame type, or null for an unknown type.</summary>
        public ProtocolMessage MessageFor(byte frameType)
        {
            switch (frameType)
            {
                case (byte)FrameType.Calibrated: return Calibrated;
                case (byte)FrameType.RepCompleted: return RepCompleted;
                case (byte)FrameType.WinkDetected: return WinkDetected;
                case (byte)FrameType.Fault: return Fault;
                case (byte)FrameType.ConfigurationChanged: return ConfigurationChanged;
                case (byte)FrameType.RepMetrics: return RepMetrics;
                case (byte)FrameType.AccelerometerCalibrated: return AccelerometerCalibrated;
                case (byte)FrameType.LiveAngles: return LiveAngles;
                case (byte)FrameType.RawImu: return RawImu;
                case (byte)FrameType.Status: return Status;
                case (byte)FrameType.Configuration: return Configuration;
                case (byte)FrameType.AccelerometerCalibrationProgress: return AccelerometerCalibrationProgress;
                case (byte)FrameType.Command: return Command;
                case (byte)FrameType.CommandResult: return CommandResult;
                default: return null;
            }
        }
    }
}
