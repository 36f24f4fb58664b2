using CsCheck;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>The control handler checks every write, answers it with a result code and never lets bad input change the device.</summary>
public class ControlHandlerTests
{
    private const ushort Boot = 0xB007;
    private readonly DeviceConfiguration configuration = new();
    private readonly RecordingLink link = new();
    private readonly FakeDeviceControl device = new() { NowMicroseconds = 123_456_789 };
    private readonly ProtocolEventSink events;
    private readonly RawImuStream rawImu;
    private readonly ControlHandler handler;

    public ControlHandlerTests()
    {
        events = new ProtocolEventSink(link);
        rawImu = new RawImuStream(link);
        handler = new ControlHandler(configuration, events, rawImu, device, link, Boot);
    }

    private CommandAnswer Answer() =>
        link.Frames.Select(f => new DeviceFrameReader().Read(f)).OfType<CommandAnswer>().Last();

    [Fact]
    public void Commands_from_a_link_that_is_not_bonded_and_encrypted_are_refused_and_change_nothing()
    {
        Assert.Equal(ResultCode.NotBondedOrNotEncrypted, handler.Handle(CommandFrames.Command(5, CommandCode.StartRawStream), 0, CommandMessage.FrameLength, false));
        Assert.False(rawImu.Active);
        var settings = new DeviceSettings(12, false, HapticPatternKind.WinkDouble, 5, 10);
        Assert.Equal(ResultCode.NotBondedOrNotEncrypted, handler.Handle(CommandFrames.Configuration(6, settings), 0, 13, false));
        Assert.Equal(DeviceConfiguration.DefaultWinkThresholdDegrees, configuration.WinkThresholdDegrees);
        Assert.Equal(ResultCode.NotBondedOrNotEncrypted, Answer().Result);
        Assert.Equal(6u, Answer().RequestId);
    }

    [Fact]
    public void Each_command_does_its_job_and_the_answer_echoes_request_id_command_clock_and_boot()
    {
        Assert.Equal(ResultCode.Success, handler.Handle(CommandFrames.Command(1, CommandCode.StartRawStream), 0, CommandMessage.FrameLength, true));
        Assert.True(rawImu.Active);
        Assert.Equal(new CommandAnswer(1, (byte)FrameType.Command, CommandCode.StartRawStream, ResultCode.Success, 123_456, 0, Boot), Answer());
        Assert.Equal(ResultCode.Success, handler.Handle(CommandFrames.Command(2, CommandCode.StopRawStream), 0, CommandMessage.FrameLength, true));
        Assert.False(rawImu.Active);
        Assert.Equal(ResultCode.Success, handler.Handle(CommandFrames.Command(3, CommandCode.Recalibrate), 0, CommandMessage.FrameLength, true));
        Assert.Equal(1, device.Recalibrations);
        Assert.Equal(ResultCode.Success, handler.Handle(CommandFrames.Command(4, CommandCode.Identify, 2), 0, CommandMessage.FrameLength, true));
        Assert.Equal(HapticPatternKind.WinkTriple, device.LastIdentifyPattern);
        Assert.Equal(ResultCode.UnknownHapticPattern, handler.Handle(CommandFrames.Command(5, CommandCode.Identify, 3), 0, CommandMessage.FrameLength, true));
        Assert.Equal(ResultCode.Success, handler.Handle(CommandFrames.Command(6, CommandCode.Sleep), 0, CommandMessage.FrameLength, true));
        Assert.Equal(1, device.Sleeps);
        device.Busy = true;
        Assert.Equal(ResultCode.Busy, handler.Handle(CommandFrames.Command(7, CommandCode.Recalibrate), 0, CommandMessage.FrameLength, true));
        Assert.Equal(ResultCode.UnknownCommand, handler.Handle(CommandFrames.Command(8, (CommandCode)200), 0, CommandMessage.FrameLength, true));
        Assert.Equal((CommandCode)200, Answer().Command);
    }

    [Fact]
    public void Read_commands_answer_with_the_status_or_configuration_frame_carrying_the_request_id()
    {
        handler.Status.BatteryMillivolts = 3900;
        handler.Status.BatteryPercent = 80;
        handler.Status.SensorHealth = StatusMessage.SacrumSensorRespondingFlag;
        handler.Status.Calibration = CalibrationState.Calibrated;
        handler.Status.FirmwareMinor = 3;
        events.Calibrated(1_000_000);
        handler.Handle(CommandFrames.Command(9, CommandCode.StartRawStream), 0, CommandMessage.FrameLength, true);
        handler.Handle(CommandFrames.Command(10, CommandCode.ReadStatus), 0, CommandMessage.FrameLength, true);
        var status = link.Frames.Select(f => new DeviceFrameReader().Read(f)).OfType<DeviceStatus>().Single();
        Assert.Equal(new DeviceStatus(3900, 80, true, false, false, true, CalibrationState.Calibrated, "0.3.0", 1, Boot), status);
        handler.Handle(CommandFrames.Command(11, CommandCode.ReadConfiguration), 0, CommandMessage.FrameLength, true);
        var settings = link.Frames.Select(f => new DeviceFrameReader().Read(f)).OfType<DeviceSettings>().Single();
        Assert.Equal(new DeviceSettings(DeviceConfiguration.DefaultWinkThresholdDegrees, true, HapticPatternKind.WinkLong, 10, 25), settings);
    }

    [Fact]
    public void A_valid_configuration_write_is_applied_and_logged_as_a_configuration_changed_event()
    {
        var settings = new DeviceSettings(12.5, false, HapticPatternKind.WinkDouble, 30, 10);
        Assert.Equal(ResultCode.Success, handler.Handle(CommandFrames.Configuration(3, settings), 0, 13, true));
        Assert.Equal(12.5f, configuration.WinkThresholdDegrees);
        Assert.False(configuration.BuzzEnabled);
        Assert.Equal(HapticPatternKind.WinkDouble, configuration.WinkPattern);
        Assert.Equal(30, configuration.IdleSleepMinutes);
        Assert.Equal(10, configuration.LiveAngleRateHertz);
        var changed = link.Frames.Select(f => new DeviceFrameReader().Read(f)).OfType<ConfigurationChangedEvent>().Single();
        Assert.Equal(new ConfigurationChangedEvent(1, 123_456, settings), changed);
    }

    [Theory]
    [InlineData(2.9, 10, 10, 25, ResultCode.WinkThresholdOutOfRange)]
    [InlineData(30.01, 10, 0, 25, ResultCode.WinkThresholdOutOfRange)]
    [InlineData(8, 3, 0, 25, ResultCode.UnknownHapticPattern)]
    [InlineData(8, 0, 241, 25, ResultCode.IdleSleepOutOfRange)]
    [InlineData(8, 0, 10, 0, ResultCode.LiveAngleRateOutOfRange)]
    [InlineData(8, 0, 10, 51, ResultCode.LiveAngleRateOutOfRange)]
    public void An_out_of_range_configuration_is_rejected_whole_with_the_configuration_error(
        double threshold, int pattern, int sleep, int rate, ResultCode expected)
    {
        var settings = new DeviceSettings(threshold, false, (HapticPatternKind)pattern, sleep, rate);
        Assert.Equal(expected, handler.Handle(CommandFrames.Configuration(4, settings), 0, 13, true));
        Assert.True(configuration.BuzzEnabled, "a rejected write must not apply its valid fields either");
        Assert.Equal(DeviceConfiguration.DefaultLiveAngleRateHertz, configuration.LiveAngleRateHertz);
        Assert.Equal(0u, events.Log.LatestSequence);
        Assert.Equal(expected, Answer().Result);
    }

    [Fact]
    public void Malformed_frames_are_answered_with_protocol_errors()
    {
        byte[] command = CommandFrames.Command(12, CommandCode.Recalibrate);
        Assert.Equal(ResultCode.BadLength, handler.Handle(command, 0, CommandMessage.FrameLength - 1, true));
        Assert.Equal(ResultCode.BadLength, handler.Handle(command, 0, 3, true));
        Assert.Equal(ResultCode.BadLength, handler.Handle(null!, 0, CommandMessage.FrameLength, true));
        command[0] = 2;
        Assert.Equal(ResultCode.BadVersion, handler.Handle(command, 0, CommandMessage.FrameLength, true));
        byte[] status = ProtocolSamples.Encode(ProtocolSamples.Random(FrameType.Status, new Random(1)));
        Assert.Equal(ResultCode.UnknownFrameType, handler.Handle(status, 0, status.Length, true));
        byte[] configuration = CommandFrames.Configuration(13, new DeviceSettings(8, true, 0, 10, 25));
        configuration[8] = 7; // buzz flag neither 0 nor 1
        Assert.Equal(ResultCode.MalformedValue, handler.Handle(configuration, 0, 13, true));
        Assert.Equal(0, device.Recalibrations);
        Assert.Equal(6, handler.RejectedFrames);
        Assert.Equal(6, link.Frames.Count);
    }

    [Fact]
    public void Random_and_mutated_writes_never_throw_and_every_one_gets_an_answer()
    {
        byte[] valid = CommandFrames.Command(1, CommandCode.SynchroniseClock);
        var gen = Gen.OneOf(
            Gen.Byte.Array[0, 30],
            Gen.Int[0, CommandMessage.FrameLength * 8 - 1].Select(bit => { var f = (byte[])valid.Clone(); f[bit / 8] ^= (byte)(1 << (bit % 8)); return f; }));
        int before = link.Frames.Count;
        int handled = 0;
        gen.Sample(frame =>
        {
            handler.Handle(frame, 0, frame.Length, true);
            handled++;
        }, iter: 3000, threads: 1);
        Assert.Equal(handled, link.Frames.Count(f => f[1] == (byte)FrameType.CommandResult) - before);
    }
}
