using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Loopback;

namespace WinkSensor.Host.Tests.Calibration;

/// <summary>
/// A wearable stand-in for the host's calibration session, driven step by step by a test: answers commands and
/// status reads as docs/protocol.md says, keeps an event log it resends on request, and sends the progress reports
/// and AccelerometerCalibrated events the test asks for. Frames can be kept off the air to imitate lost notifications.
/// </summary>
internal sealed class ScriptedCalibrationDevice : IWearableDeviceModel
{
    private readonly object gate = new();
    private readonly List<byte[]> eventLog = [];
    private readonly List<CommandMessage> commands = [];
    private readonly ushort bootId;
    private uint progressCounter;
    private bool running;
    private bool calibrated;

    public ScriptedCalibrationDevice(ushort bootId = 0x1234, int earlierEvents = 0)
    {
        this.bootId = bootId;
        Link = new LoopbackWearableLink(this);
        for (int i = 0; i < earlierEvents; i++) LogEvent(new CalibratedMessage { TimeMilliseconds = (uint)(1000 * i) }, send: false);
    }

    public LoopbackWearableLink Link { get; }

    /// <summary>Where notifications go: the loopback link unless set (e.g. to the fake BlueZ).</summary>
    public Func<WearableChannel, byte[], bool>? NotifyThrough { get; set; }

    /// <summary>The answer to StartAccelerometerCalibration (Success unless set).</summary>
    public ResultCode StartAnswer { get; set; } = ResultCode.Success;

    /// <summary>While true, Cancel is answered but the device never reports the end (a wearable gone silent).</summary>
    public bool IgnoresCancel { get; set; }

    public IReadOnlyList<CommandMessage> Commands
    {
        get { lock (gate) return commands.ToList(); }
    }

    public bool Running
    {
        get { lock (gate) return running; }
    }

    public bool Received(CommandCode code) => Commands.Any(c => c.Code == code);

    /// <summary>Waits (bounded, 20 s) until the host's command has arrived.</summary>
    public async Task WaitForCommandAsync(CommandCode code)
    {
        for (int i = 0; i < 4000 && !Received(code); i++) await Task.Delay(5);
        Assert.True(Received(code), $"the host never sent {code}");
    }

    /// <summary>A progress report while collecting.</summary>
    public void Collecting(byte sacrumFaces, byte thoracolumbarFaces, AccelerometerFace? sacrumHeld = null, int holdPercent = 0) =>
        SendProgress(AccelerometerCalibrationState.Collecting, sacrumFaces, thoracolumbarFaces, sacrumHeld, holdPercent,
            SixPositionCalibrationResult.Collecting, SixPositionCalibrationResult.Collecting, 100);

    /// <summary>Both boards solved: logs the two events (sacrum first) and sends the final report.</summary>
    /// <param name="sendEvents">False: the events are logged but their notifications are lost.</param>
    /// <param name="sendFinalReport">False: the final progress report is lost.</param>
    public void Complete(AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar, bool sendEvents = true,
        bool sendFinalReport = true)
    {
        lock (gate)
        {
            running = false;
            calibrated = true;
        }
        var message = new AccelerometerCalibratedMessage();
        message.Set(ImuSensorPosition.Sacrum, sacrum, keptInFlash: true);
        LogEvent(message, sendEvents);
        message.Set(ImuSensorPosition.Thoracolumbar, thoracolumbar, keptInFlash: true);
        LogEvent(message, sendEvents);
        if (sendFinalReport)
            SendProgress(AccelerometerCalibrationState.Complete, 0x3F, 0x3F, null, 0,
                SixPositionCalibrationResult.Complete, SixPositionCalibrationResult.Complete, 0);
    }

    public void Fail(SixPositionCalibrationResult sacrumResult)
    {
        lock (gate) running = false;
        SendProgress(AccelerometerCalibrationState.Failed, 0x3F, 0x3F, null, 0, sacrumResult, SixPositionCalibrationResult.Complete, 0);
    }

    public DeviceWriteResult HandleWrite(WearableChannel channel, byte[] frame)
    {
        var command = new CommandMessage();
        if (channel != WearableChannel.Control || command.Decode(frame, 0, frame.Length) != DecodeResult.Ok)
            return DeviceWriteResult.Rejected(0x80);
        lock (gate) commands.Add(command);
        switch (command.Code)
        {
            case CommandCode.StartAccelerometerCalibration:
                Answer(command, StartAnswer);
                if (StartAnswer == ResultCode.Success)
                {
                    lock (gate) running = true;
                    Collecting(0, 0);
                }
                break;
            case CommandCode.CancelAccelerometerCalibration:
                Answer(command, ResultCode.Success);
                bool wasRunning;
                lock (gate)
                {
                    wasRunning = running && !IgnoresCancel;
                    if (wasRunning) running = false;
                }
                if (wasRunning)
                    SendProgress(AccelerometerCalibrationState.Cancelled, 0, 0, null, 0,
                        SixPositionCalibrationResult.Collecting, SixPositionCalibrationResult.Collecting, 0);
                break;
            case CommandCode.ResendEventsAfter:
                Answer(command, ResultCode.Success);
                List<byte[]> resend;
                lock (gate)
                {
                    int count = command.Count == 0 ? int.MaxValue : (int)command.Count;
                    resend = eventLog.Skip((int)command.Argument).Take(count).ToList();
                }
                foreach (var frameToResend in resend) Notify(WearableChannel.Events, frameToResend);
                break;
            case CommandCode.ReadStatus:
                Notify(WearableChannel.Status, Read(WearableChannel.Status));
                break;
            default:
                Answer(command, ResultCode.UnknownCommand);
                break;
        }
        return DeviceWriteResult.Accepted;
    }

    public byte[] Read(WearableChannel channel)
    {
        if (channel != WearableChannel.Status) return [];
        var status = new StatusMessage { BatteryMillivolts = 3900, BatteryPercent = 80, BootId = bootId, FirmwareMinor = 2 };
        lock (gate)
        {
            status.LatestEventSequence = (uint)eventLog.Count;
            status.SensorHealth = (byte)(StatusMessage.SacrumSensorRespondingFlag | StatusMessage.ThoracolumbarSensorRespondingFlag
                | (running ? StatusMessage.AccelerometerCalibrationActiveFlag : 0)
                | (calibrated ? StatusMessage.AccelerometersCalibratedFlag : 0));
        }
        status.Calibration = CalibrationState.Calibrated;
        return Encode(status);
    }

    private void Answer(CommandMessage command, ResultCode result)
    {
        var answer = new CommandResultMessage
        {
            Sequence = command.Sequence, RequestFrameType = (byte)FrameType.Command, Command = command.Code, Result = result,
            BootId = bootId,
        };
        Notify(WearableChannel.Control, Encode(answer));
    }

    private void LogEvent(ProtocolMessage message, bool send)
    {
        byte[] frame;
        lock (gate)
        {
            message.Sequence = (uint)eventLog.Count + 1;
            frame = Encode(message);
            eventLog.Add(frame);
        }
        if (send) Notify(WearableChannel.Events, frame);
    }

    private void SendProgress(AccelerometerCalibrationState state, byte sacrumFaces, byte thoracolumbarFaces,
        AccelerometerFace? sacrumHeld, int holdPercent, SixPositionCalibrationResult sacrumResult,
        SixPositionCalibrationResult thoracolumbarResult, ushort secondsRemaining)
    {
        var progress = new AccelerometerCalibrationProgressMessage
        {
            State = state, SacrumFacesSeen = sacrumFaces, ThoracolumbarFacesSeen = thoracolumbarFaces,
            SacrumFaceHeld = sacrumHeld is { } face ? (byte)face : AccelerometerCalibrationProgressMessage.NoFace,
            ThoracolumbarFaceHeld = AccelerometerCalibrationProgressMessage.NoFace,
            SacrumHoldPercent = (byte)holdPercent, SacrumResult = sacrumResult, ThoracolumbarResult = thoracolumbarResult,
            SecondsRemaining = secondsRemaining,
        };
        lock (gate) progress.Sequence = ++progressCounter;
        Notify(WearableChannel.Status, Encode(progress));
    }

    private bool Notify(WearableChannel channel, byte[] frame) =>
        NotifyThrough is { } notify ? notify(channel, frame) : Link.Notify(channel, frame);

    private static byte[] Encode(ProtocolMessage message)
    {
        var frame = new byte[message.Length];
        message.Encode(frame, 0);
        return frame;
    }
}
