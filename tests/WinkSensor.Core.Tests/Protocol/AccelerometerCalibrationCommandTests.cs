using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>Commands 10 and 11 through the control handler and the main loop's mailbox; the 0x07 events they lead to.</summary>
public class AccelerometerCalibrationCommandTests
{
    private readonly RecordingLink link = new();
    private readonly FakeDeviceControl device = new();
    private readonly ControlHandler handler;

    public AccelerometerCalibrationCommandTests()
    {
        var events = new ProtocolEventSink(link);
        handler = new ControlHandler(new DeviceConfiguration(), events, new RawImuStream(link), device, link, 1);
    }

    private static byte[] Command(uint requestId, CommandCode code, uint argument = 0)
    {
        var frame = new byte[CommandMessage.FrameLength];
        new CommandMessage { Sequence = requestId, Code = code, Argument = argument }.Encode(frame, 0);
        return frame;
    }

    private ResultCode Send(uint requestId, CommandCode code, uint argument = 0) =>
        handler.Handle(Command(requestId, code, argument), 0, CommandMessage.FrameLength, true);

    /// <summary>A mailbox on a settable clock, as the firmware's and the virtual wearable's.</summary>
    private sealed class Requests : ControlRequests
    {
        public override long NowMicroseconds => 0;
    }

    [Fact]
    public void Start_passes_its_time_limit_on_and_zero_stands_for_the_default()
    {
        Assert.Equal(ResultCode.Success, Send(1, CommandCode.StartAccelerometerCalibration, 240));
        Assert.Equal(240, device.AccelerometerCalibrationTimeLimitSeconds);
        Assert.Equal(ResultCode.Success, Send(2, CommandCode.StartAccelerometerCalibration, 0));
        Assert.Equal(0, device.AccelerometerCalibrationTimeLimitSeconds);
        Assert.Equal(ResultCode.Success, Send(3, CommandCode.StartAccelerometerCalibration, 1800));
        Assert.Equal(1800, device.AccelerometerCalibrationTimeLimitSeconds);
    }

    [Fact]
    public void A_time_limit_over_30_minutes_is_a_bad_argument_and_reaches_no_device()
    {
        Assert.Equal(ResultCode.BadArgument, Send(1, CommandCode.StartAccelerometerCalibration, 1801));
        Assert.Equal(ResultCode.BadArgument, Send(2, CommandCode.StartAccelerometerCalibration, uint.MaxValue));
        Assert.Null(device.AccelerometerCalibrationTimeLimitSeconds);
        Assert.Equal(2, handler.RejectedFrames);
    }

    [Fact]
    public void Start_is_busy_when_the_device_is_and_cancel_always_succeeds()
    {
        device.Busy = true;
        Assert.Equal(ResultCode.Busy, Send(1, CommandCode.StartAccelerometerCalibration, 60));
        Assert.Equal(ResultCode.Success, Send(2, CommandCode.CancelAccelerometerCalibration));
        Assert.Equal(1, device.AccelerometerCalibrationCancels);
        Assert.Equal(CommandCode.CancelAccelerometerCalibration, handler.LastResult.Command);
    }

    [Fact]
    public void The_mailbox_refuses_a_start_during_a_rep_hands_each_request_over_once_and_lets_the_latest_win()
    {
        var requests = new Requests();
        requests.SetRepInProgress(true);
        Assert.False(requests.StartAccelerometerCalibration(60));
        Assert.False(requests.TakeAccelerometerCalibrationStart(out _));
        requests.SetRepInProgress(false);

        Assert.True(requests.StartAccelerometerCalibration(60));
        Assert.True(requests.TakeAccelerometerCalibrationStart(out int limit));
        Assert.Equal(60, limit);
        Assert.False(requests.TakeAccelerometerCalibrationStart(out _));

        // A cancel after a start not yet taken replaces it, and the other way round.
        requests.StartAccelerometerCalibration(90);
        Assert.True(requests.CancelAccelerometerCalibration());
        Assert.False(requests.TakeAccelerometerCalibrationStart(out _));
        Assert.True(requests.TakeAccelerometerCalibrationCancel());
        Assert.False(requests.TakeAccelerometerCalibrationCancel());
        requests.CancelAccelerometerCalibration();
        requests.StartAccelerometerCalibration(120);
        Assert.False(requests.TakeAccelerometerCalibrationCancel());
        Assert.True(requests.TakeAccelerometerCalibrationStart(out limit));
        Assert.Equal(120, limit);
    }

    [Fact]
    public void A_completed_calibration_is_logged_as_two_events_sacrum_then_thoracolumbar_with_the_kept_flag()
    {
        var sink = new ProtocolEventSink(link);
        var sacrum = new AccelerometerCalibration(new Vector3(0.0123f, -0.0456f, 0.1f), new Vector3(1.01f, 0.995f, 1.0002f));
        var thoracolumbar = new AccelerometerCalibration(new Vector3(-0.02f, 0.03f, -0.04f), new Vector3(0.98f, 1.02f, 1f));
        sink.AccelerometerCalibrated(5_000_000, sacrum, thoracolumbar, keptInFlash: true);

        var decoded = link.Frames.Where(f => f[1] == (byte)FrameType.AccelerometerCalibrated).Select(f =>
        {
            var message = new AccelerometerCalibratedMessage();
            Assert.Equal(DecodeResult.Ok, message.Decode(f, 0, f.Length));
            return message;
        }).ToList();
        Assert.Equal(2, decoded.Count);
        Assert.Equal(ImuSensorPosition.Sacrum, decoded[0].Sensor);
        Assert.Equal(ImuSensorPosition.Thoracolumbar, decoded[1].Sensor);
        Assert.Equal(decoded[0].Sequence + 1, decoded[1].Sequence);
        Assert.All(decoded, m => Assert.True(m.KeptInFlash));
        Assert.Equal(123, decoded[0].OffsetXTenthsOfMilliG);
        Assert.Equal(-456, decoded[0].OffsetYTenthsOfMilliG);
        Assert.Equal(1000, decoded[0].ScaleDeviationX);
        Assert.Equal(-2000, decoded[1].ScaleDeviationX);
        Assert.Equal(2u, sink.Log.LatestSequence);
    }
}
