using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;

namespace WinkSensor.Host.Protocol;

/// <summary>Frames the host writes: Command frames (to the Control characteristic) and Configuration writes.</summary>
public static class CommandFrames
{
    public static byte[] Command(uint requestId, CommandCode code, uint argument = 0, uint count = 0)
    {
        var message = new CommandMessage { Sequence = requestId, Code = code, Argument = argument, Count = count };
        var frame = new byte[CommandMessage.FrameLength];
        message.Encode(frame, 0);
        return frame;
    }

    /// <summary>Enters the six-position accelerometer calibration; it ends by itself after timeLimitSeconds (0 = the device's 180 s).</summary>
    public static byte[] StartAccelerometerCalibration(uint requestId, uint timeLimitSeconds) =>
        Command(requestId, CommandCode.StartAccelerometerCalibration, timeLimitSeconds);

    /// <summary>Leaves the accelerometer calibration, keeping the previous calibrations (Success also when none runs).</summary>
    public static byte[] CancelAccelerometerCalibration(uint requestId) => Command(requestId, CommandCode.CancelAccelerometerCalibration);

    /// <summary>A full configuration write; the device checks every field and answers a CommandResult.</summary>
    public static byte[] Configuration(uint requestId, DeviceSettings settings)
    {
        var message = new ConfigurationMessage { Sequence = requestId };
        message.Fields.WinkThresholdCentidegrees = (ushort)Math.Clamp(Math.Round(settings.WinkThresholdDegrees * 100), 0, ushort.MaxValue);
        message.Fields.BuzzEnabled = settings.BuzzEnabled;
        message.Fields.WinkPattern = (byte)settings.WinkPattern;
        message.Fields.IdleSleepMinutes = (ushort)Math.Clamp(settings.IdleSleepMinutes, 0, ushort.MaxValue);
        message.Fields.LiveAngleRateHertz = (byte)Math.Clamp(settings.LiveAngleRateHertz, 0, byte.MaxValue);
        var frame = new byte[ConfigurationMessage.FrameLength];
        message.Encode(frame, 0);
        return frame;
    }
}
