using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Tests.Calibration;

/// <summary>The host's reading of the accelerometer calibration frames (0x07, 0x22), the status flags and commands 10/11.</summary>
public sealed class CalibrationFrameReadingTests
{
    private static byte[] Encode(ProtocolMessage message)
    {
        var frame = new byte[message.Length];
        message.Encode(frame, 0);
        return frame;
    }

    private static byte[] CalibratedFrame(uint sequence, ImuSensorPosition sensor, bool keptInFlash)
    {
        var message = new AccelerometerCalibratedMessage { Sequence = sequence };
        message.Set(sensor, new AccelerometerCalibration(new Vector3(0.0123f, -0.1499f, 0.05f), new Vector3(1.0052f, 0.9f, 1.1f)), keptInFlash);
        return Encode(message);
    }

    [Fact]
    public void An_accelerometer_calibrated_frame_reads_as_offsets_in_g_and_scales()
    {
        var read = Assert.IsType<AccelerometerCalibratedEvent>(new DeviceFrameReader().Read(CalibratedFrame(9, ImuSensorPosition.Thoracolumbar, true)));

        Assert.Equal(9u, read.Sequence);
        Assert.Equal(ImuSensorPosition.Thoracolumbar, read.Sensor);
        Assert.Equal(0.0123, read.OffsetG.X, 6);
        Assert.Equal(-0.1499, read.OffsetG.Y, 6);
        Assert.Equal(0.05, read.OffsetG.Z, 6);
        Assert.Equal(1.0052, read.Scale.X, 6);
        Assert.Equal(0.9, read.Scale.Y, 6);
        Assert.Equal(1.1, read.Scale.Z, 6);
        Assert.True(read.KeptInFlash);
        Assert.False(Assert.IsType<AccelerometerCalibratedEvent>(new DeviceFrameReader().Read(CalibratedFrame(1, ImuSensorPosition.Sacrum, false))).KeptInFlash);
    }

    [Fact]
    public void An_out_of_range_calibration_frame_is_rejected_not_read()
    {
        var frame = CalibratedFrame(3, ImuSensorPosition.Sacrum, true);
        frame[7] = 0xFF; // offset X = 0xF0FF = -3841 (0.1 mg), beyond the -1500 the device may send
        frame[8] = 0xF0;
        var reader = new DeviceFrameReader();

        Assert.Null(reader.Read(frame));
        Assert.Equal(DecodeResult.BadValue, reader.LastResult);
    }

    [Fact]
    public void A_progress_frame_reads_per_board_with_no_face_held_as_null()
    {
        var message = new AccelerometerCalibrationProgressMessage
        {
            Sequence = 41, State = AccelerometerCalibrationState.Collecting, SacrumFacesSeen = 0b010011, ThoracolumbarFacesSeen = 0,
            SacrumFaceHeld = (byte)AccelerometerFace.YUp, ThoracolumbarFaceHeld = AccelerometerCalibrationProgressMessage.NoFace,
            SacrumHoldPercent = 65, ThoracolumbarHoldPercent = 0, SecondsRemaining = 171,
        };

        var progress = Assert.IsType<AccelerometerCalibrationProgress>(new DeviceFrameReader().Read(Encode(message)));

        Assert.Equal(41u, progress.Counter);
        Assert.False(progress.HasEnded);
        Assert.Equal(3, progress.Sacrum.FacesCaptured);
        Assert.True(progress.Sacrum.HasCaptured(AccelerometerFace.ZUp));
        Assert.False(progress.Sacrum.HasCaptured(AccelerometerFace.YUp));
        Assert.Equal(AccelerometerFace.YUp, progress.Sacrum.FaceHeld);
        Assert.Equal(65, progress.Sacrum.HoldPercent);
        Assert.Null(progress.Thoracolumbar.FaceHeld);
        Assert.Equal(0, progress.Thoracolumbar.FacesCaptured);
        Assert.Equal(171, progress.SecondsRemaining);
    }

    [Theory]
    [InlineData(0x10, true, false)]
    [InlineData(0x20, false, true)]
    [InlineData(0x03, false, false)]
    public void Status_health_flags_say_whether_a_calibration_runs_and_whether_both_sensors_carry_one(
        int flags, bool running, bool calibrated)
    {
        var status = Assert.IsType<DeviceStatus>(new DeviceFrameReader().Read(Encode(new StatusMessage { SensorHealth = (byte)flags, BatteryPercent = 50 })));

        Assert.Equal(running, status.AccelerometerCalibrationRunning);
        Assert.Equal(calibrated, status.AccelerometersCalibrated);
    }

    [Fact]
    public void The_receiver_hands_on_a_calibration_event_once_and_progress_only_as_a_decoded_frame()
    {
        var receiver = new EventStreamReceiver();
        var events = new List<DeviceEvent>();
        var decoded = new List<object>();
        receiver.EventReceived += events.Add;
        receiver.FrameDecoded += decoded.Add;
        var progress = Encode(new AccelerometerCalibrationProgressMessage { Sequence = 1, State = AccelerometerCalibrationState.Complete });

        receiver.Accept(CalibratedFrame(1, ImuSensorPosition.Sacrum, true));
        receiver.Accept(CalibratedFrame(1, ImuSensorPosition.Sacrum, true));
        receiver.Accept(progress);

        Assert.IsType<AccelerometerCalibratedEvent>(Assert.Single(events));
        Assert.Equal(1, receiver.DuplicateEvents);
        Assert.True(Assert.IsType<AccelerometerCalibrationProgress>(decoded[^1]).HasEnded);
        Assert.Equal(1u, receiver.LastContiguousSequence);
    }

    [Fact]
    public void Skipping_to_the_latest_event_stops_the_resume_request_from_replaying_history()
    {
        var receiver = new EventStreamReceiver();
        receiver.Accept(Encode(new StatusMessage { LatestEventSequence = 120, BootId = 5 }));
        Assert.True(receiver.NeedsResume);

        receiver.SkipToLatest();

        Assert.False(receiver.NeedsResume);
        receiver.Accept(CalibratedFrame(122, ImuSensorPosition.Sacrum, true));
        var request = new CommandMessage();
        var frame = receiver.CreateResumeRequest();
        Assert.Equal(DecodeResult.Ok, request.Decode(frame, 0, frame.Length));
        Assert.Equal(120u, request.Argument);
        Assert.Equal(1u, request.Count);
    }

    [Fact]
    public void Start_and_cancel_commands_carry_their_codes_and_the_time_limit()
    {
        var start = new CommandMessage();
        var startFrame = CommandFrames.StartAccelerometerCalibration(7, 90);
        Assert.Equal(DecodeResult.Ok, start.Decode(startFrame, 0, startFrame.Length));
        Assert.Equal((CommandCode.StartAccelerometerCalibration, 90u, 7u), (start.Code, start.Argument, start.Sequence));

        var cancel = new CommandMessage();
        var cancelFrame = CommandFrames.CancelAccelerometerCalibration(8);
        Assert.Equal(DecodeResult.Ok, cancel.Decode(cancelFrame, 0, cancelFrame.Length));
        Assert.Equal((CommandCode.CancelAccelerometerCalibration, 0u), (cancel.Code, cancel.Argument));
    }
}
