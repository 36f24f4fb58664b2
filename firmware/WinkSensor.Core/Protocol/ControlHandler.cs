using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Validates and carries out what the host writes (Command frames, Configuration writes) and answers every frame
    /// with a CommandResult, even garbage. Never throws; a rejected write leaves the device as it was.
    /// Commands and configuration writes need an encrypted link to a bonded host: the BLE adapter says whether it has
    /// one, the USB serial adapter passes true (physical access). Allocation-free after construction.
    /// </summary>
    public sealed class ControlHandler
    {
        private readonly object gate = new object();
        private readonly DeviceConfiguration configuration;
        private readonly DeviceConfiguration candidate = new DeviceConfiguration();
        private readonly ProtocolEventSink events;
        private readonly RawImuStream rawImu;
        private readonly IDeviceControl device;
        private readonly IFrameLink replies;
        private readonly ushort bootId;
        private readonly CommandMessage command = new CommandMessage();
        private readonly ConfigurationMessage configurationMessage = new ConfigurationMessage();
        private readonly CommandResultMessage result = new CommandResultMessage();
        private readonly byte[] replyFrame = new byte[FrameHeader.DefaultMaximumFrameBytes];
        private int rejectedFrames;
        private int acceptedFrames;
        private int repliesRefused;

        /// <summary>Battery, sensor health, calibration and firmware version, kept up to date by the firmware.
        /// LatestEventSequence, BootId and the raw-stream flag are filled in when the status is encoded.</summary>
        public readonly StatusMessage Status = new StatusMessage();

        public ControlHandler(DeviceConfiguration configuration, ProtocolEventSink events, RawImuStream rawImu,
            IDeviceControl device, IFrameLink replies, ushort bootId)
        {
            this.configuration = configuration;
            this.events = events;
            this.rawImu = rawImu;
            this.device = device;
            this.replies = replies;
            this.bootId = bootId;
            Status.BatteryPercent = StatusMessage.BatteryPercentUnknown;
        }

        public ushort BootId { get { return bootId; } }

        /// <summary>Frames answered with anything but Success.</summary>
        public int RejectedFrames { get { return rejectedFrames; } }

        public int AcceptedFrames { get { return acceptedFrames; } }

        /// <summary>Answers the reply link refused (the host then times out and asks again).</summary>
        public int RepliesRefused { get { return repliesRefused; } }

        /// <summary>The last answer sent (or refused by the link).</summary>
        public CommandResultMessage LastResult { get { return result; } }

        /// <summary>Handles one frame written by the host; answers the ResultCode it also sent as a CommandResult.</summary>
        public ResultCode Handle(byte[] frame, int offset, int length, bool bondedAndEncrypted)
        {
            lock (gate)
            {
                result.Sequence = 0;
                result.RequestFrameType = 0;
                result.Command = CommandCode.None;
                result.Detail = 0;
                ResultCode code;
                if (frame == null || offset < 0 || length < FrameHeader.Length || offset > frame.Length - length)
                    code = ResultCode.BadLength;
                else
                {
                    result.Sequence = FrameHeader.ReadSequence(frame, offset);
                    result.RequestFrameType = frame[offset + FrameHeader.TypeOffset];
                    if (frame[offset] != ProtocolVersion.Current) code = ResultCode.BadVersion;
                    else if (result.RequestFrameType == (byte)FrameType.Command) code = HandleCommand(frame, offset, length, bondedAndEncrypted);
                    else if (result.RequestFrameType == (byte)FrameType.Configuration) code = HandleConfiguration(frame, offset, length, bondedAndEncrypted);
                    else code = ResultCode.UnknownFrameType;
                }
                if (code == ResultCode.Success) acceptedFrames++;
                else rejectedFrames++;
                result.Result = code;
                Reply(result);
                if (code == ResultCode.Success) AfterSuccess();
                return code;
            }
        }

        /// <summary>The Status frame for a GATT read or notification; answers its length (0 when it does not fit).</summary>
        public int EncodeStatus(byte[] buffer, int offset, uint sequence)
        {
            lock (gate)
            {
                Status.Sequence = sequence;
                Status.LatestEventSequence = events.Log.LatestSequence;
                Status.BootId = bootId;
                Status.SensorHealth = (byte)(rawImu.Active
                    ? Status.SensorHealth | StatusMessage.RawStreamActiveFlag
                    : Status.SensorHealth & ~StatusMessage.RawStreamActiveFlag);
                return Status.Encode(buffer, offset);
            }
        }

        /// <summary>The Configuration frame for a GATT read; answers its length (0 when it does not fit).</summary>
        public int EncodeConfiguration(byte[] buffer, int offset, uint sequence)
        {
            lock (gate)
            {
                configurationMessage.Sequence = sequence;
                configurationMessage.Fields.CopyFrom(configuration);
                return configurationMessage.Encode(buffer, offset);
            }
        }

        private ResultCode HandleCommand(byte[] frame, int offset, int length, bool bondedAndEncrypted)
        {
            if (length != CommandMessage.FrameLength) return ResultCode.BadLength;
            if (command.Decode(frame, offset, length) != DecodeResult.Ok) return ResultCode.MalformedValue;
            result.Command = command.Code;
            if (!bondedAndEncrypted) return ResultCode.NotBondedOrNotEncrypted;
            switch (command.Code)
            {
                case CommandCode.StartRawStream:
                    rawImu.Start();
                    return ResultCode.Success;
                case CommandCode.StopRawStream:
                    rawImu.Stop();
                    return ResultCode.Success;
                case CommandCode.Recalibrate:
                    return device.Recalibrate() ? ResultCode.Success : ResultCode.Busy;
                case CommandCode.ResendEventsAfter:
                    uint lost;
                    ResultCode resend = events.ResendAfter(command.Argument, command.Count, out lost);
                    result.Detail = resend == ResultCode.SequenceNotIssued ? events.Log.LatestSequence : lost;
                    return resend;
                case CommandCode.SynchroniseClock:
                case CommandCode.ReadStatus:
                case CommandCode.ReadConfiguration:
                    return ResultCode.Success;
                case CommandCode.Identify:
                    if (command.Argument > (uint)HapticPatternKind.WinkTriple) return ResultCode.UnknownHapticPattern;
                    return device.Identify((HapticPatternKind)command.Argument) ? ResultCode.Success : ResultCode.Busy;
                case CommandCode.Sleep:
                    return device.Sleep() ? ResultCode.Success : ResultCode.Busy;
                case CommandCode.StartAccelerometerCalibration:
                    if (command.Argument > AccelerometerCalibrationProcedure.MaximumTimeLimitSeconds) return ResultCode.BadArgument;
                    return device.StartAccelerometerCalibration((int)command.Argument) ? ResultCode.Success : ResultCode.Busy;
                case CommandCode.CancelAccelerometerCalibration:
                    return device.CancelAccelerometerCalibration() ? ResultCode.Success : ResultCode.Busy;
                default:
                    return ResultCode.UnknownCommand;
            }
        }

        private ResultCode HandleConfiguration(byte[] frame, int offset, int length, bool bondedAndEncrypted)
        {
            if (length != ConfigurationMessage.FrameLength) return ResultCode.BadLength;
            if (configurationMessage.Decode(frame, offset, length) != DecodeResult.Ok) return ResultCode.MalformedValue;
            if (!bondedAndEncrypted) return ResultCode.NotBondedOrNotEncrypted;
            candidate.CopyFrom(configuration);
            ConfigurationError error = configurationMessage.Fields.ApplyTo(candidate);
            if (error != ConfigurationError.None) return (ResultCode)error;
            configuration.CopyFrom(candidate);
            events.ConfigurationChanged(configuration, device.NowMicroseconds);
            return ResultCode.Success;
        }

        /// <summary>Sends what a successful command promised after its answer: the data asked for, or the resent events.</summary>
        private void AfterSuccess()
        {
            if (result.RequestFrameType != (byte)FrameType.Command) return;
            if (result.Command == CommandCode.ReadStatus)
                Send(EncodeStatus(replyFrame, 0, result.Sequence));
            else if (result.Command == CommandCode.ReadConfiguration)
                Send(EncodeConfiguration(replyFrame, 0, result.Sequence));
            else if (result.Command == CommandCode.ResendEventsAfter)
                events.Pump();
        }

        private void Reply(CommandResultMessage answer)
        {
            answer.DeviceTimeMilliseconds = ProtocolUnits.ToMilliseconds(device.NowMicroseconds);
            answer.BootId = bootId;
            Send(answer.Encode(replyFrame, 0));
        }

        private void Send(int length)
        {
            if (length == 0 || length > replies.MaximumPayloadBytes || !replies.TrySend(replyFrame, 0, length)) repliesRefused++;
        }
    }
}
