using System.Reflection;
using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>Random but reproducible messages of every frame type, and field-by-field comparison.</summary>
public static class ProtocolSamples
{
    public static ProtocolMessage[] AllTypes() =>
    [
        new CalibratedMessage(), new RepCompletedMessage(), new WinkDetectedMessage(), new FaultMessage(),
        new ConfigurationChangedMessage(), new RepMetricsMessage(), new LiveAnglesMessage(), new RawImuMessage(),
        new StatusMessage(), new ConfigurationMessage(), new CommandMessage(), new CommandResultMessage(),
        new AccelerometerCalibratedMessage(), new AccelerometerCalibrationProgressMessage(),
    ];

    public static ProtocolMessage Fresh(FrameType type) => AllTypes().Single(m => m.Type == type);

    /// <summary>A message of the type with every field random within what its layout allows.</summary>
    public static ProtocolMessage Random(FrameType type, Random random)
    {
        var message = Fresh(type);
        message.Sequence = (uint)random.NextInt64(0, 1L << 32);
        switch (message)
        {
            case CalibratedMessage m:
                m.TimeMilliseconds = UInt(random);
                break;
            case RepCompletedMessage m:
                m.RepNumber = UShort(random); m.StartMilliseconds = UInt(random);
                m.BottomAfterStartMilliseconds = UShort(random); m.EndAfterStartMilliseconds = UShort(random);
                m.PeakFlexionCentidegrees = Short(random); m.Wink = random.Next(2) == 1; m.PelvisOnly = random.Next(2) == 1;
                break;
            case WinkDetectedMessage m:
                m.RepNumber = UShort(random); m.AlarmMilliseconds = UInt(random); m.OnsetMilliseconds = UInt(random);
                m.MagnitudeCentidegrees = Short(random);
                break;
            case FaultMessage m:
                m.TimeMilliseconds = UInt(random); m.Code = (FaultCode)random.Next(256);
                break;
            case ConfigurationChangedMessage m:
                m.TimeMilliseconds = UInt(random); m.Fields = Fields(random);
                break;
            case RepMetricsMessage m:
                m.RepNumber = UShort(random); m.DepthMillimetres = UShort(random);
                m.MeanConcentricVelocityMillimetresPerSecond = UShort(random); m.PeakConcentricVelocityMillimetresPerSecond = UShort(random);
                m.OnsetDepthMillimetres = UShort(random);
                m.OnsetFractionOfDepth = random.Next(5) == 0 ? ProtocolUnits.NotAvailable : (ushort)random.Next(RepMetricsMessage.FractionScale + 1);
                break;
            case LiveAnglesMessage m:
                m.TimeMilliseconds = UInt(random); m.FlexionCentidegrees = Short(random); m.SacrumTiltCentidegrees = Short(random);
                m.ThoracolumbarTiltCentidegrees = Short(random); m.Phase = (SquatPhase)random.Next(6); m.RepCount = UShort(random);
                break;
            case RawImuMessage m:
                m.Sensor = (ImuSensorPosition)random.Next(2);
                m.AccelerationX = Short(random); m.AccelerationY = Short(random); m.AccelerationZ = Short(random);
                m.AngularRateX = Short(random); m.AngularRateY = Short(random); m.AngularRateZ = Short(random);
                break;
            case StatusMessage m:
                m.BatteryMillivolts = UShort(random); m.BatteryPercent = random.Next(4) == 0 ? StatusMessage.BatteryPercentUnknown : (byte)random.Next(101);
                m.SensorHealth = (byte)random.Next(StatusMessage.AllHealthFlags + 1); m.Calibration = (CalibrationState)random.Next(4);
                m.FirmwareMajor = (byte)random.Next(256); m.FirmwareMinor = (byte)random.Next(256); m.FirmwarePatch = (byte)random.Next(256);
                m.LatestEventSequence = UInt(random); m.BootId = UShort(random);
                break;
            case ConfigurationMessage m:
                m.Fields = Fields(random);
                break;
            case CommandMessage m:
                m.Code = (CommandCode)random.Next(256); m.Argument = UInt(random);
                break;
            case CommandResultMessage m:
                m.RequestFrameType = (byte)random.Next(256); m.Command = (CommandCode)random.Next(256); m.Result = (ResultCode)random.Next(256);
                m.DeviceTimeMilliseconds = UInt(random); m.Detail = UInt(random); m.BootId = UShort(random);
                break;
            case AccelerometerCalibratedMessage m:
                m.Sensor = (ImuSensorPosition)random.Next(2);
                m.OffsetXTenthsOfMilliG = Offset(random); m.OffsetYTenthsOfMilliG = Offset(random); m.OffsetZTenthsOfMilliG = Offset(random);
                m.ScaleDeviationX = ScaleDeviation(random); m.ScaleDeviationY = ScaleDeviation(random); m.ScaleDeviationZ = ScaleDeviation(random);
                m.Flags = (byte)random.Next(2);
                break;
            case AccelerometerCalibrationProgressMessage m:
                m.State = (AccelerometerCalibrationState)random.Next(6);
                m.SacrumFacesSeen = (byte)random.Next(64); m.ThoracolumbarFacesSeen = (byte)random.Next(64);
                m.SacrumFaceHeld = Face(random); m.ThoracolumbarFaceHeld = Face(random);
                m.SacrumHoldPercent = (byte)random.Next(101); m.ThoracolumbarHoldPercent = (byte)random.Next(101);
                m.SacrumResult = (SixPositionCalibrationResult)random.Next(6); m.ThoracolumbarResult = (SixPositionCalibrationResult)random.Next(6);
                m.SecondsRemaining = UShort(random);
                break;
            default:
                throw new InvalidOperationException("No sample for " + message.Type);
        }
        return message;
    }

    public static byte[] Encode(ProtocolMessage message)
    {
        var frame = new byte[message.Length];
        Assert.Equal(message.Length, message.Encode(frame, 0));
        return frame;
    }

    /// <summary>Every public instance field's value, for comparing two messages of one type.</summary>
    public static string Describe(ProtocolMessage message) => string.Join(", ",
        message.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => f.Name + "=" + DescribeValue(f.GetValue(message))));

    private static string DescribeValue(object? value) => value is ConfigurationFields fields
        ? $"{{{fields.WinkThresholdCentidegrees},{fields.BuzzEnabled},{fields.WinkPattern},{fields.IdleSleepMinutes},{fields.LiveAngleRateHertz}}}"
        : value?.ToString() ?? "null";

    private static ConfigurationFields Fields(Random random) => new()
    {
        WinkThresholdCentidegrees = UShort(random), BuzzEnabled = random.Next(2) == 1, WinkPattern = (byte)random.Next(256),
        IdleSleepMinutes = UShort(random), LiveAngleRateHertz = (byte)random.Next(256),
    };

    private static short Offset(Random random) => (short)random.Next(-AccelerometerCalibratedMessage.MaximumOffsetTenthsOfMilliG,
        AccelerometerCalibratedMessage.MaximumOffsetTenthsOfMilliG + 1);
    private static short ScaleDeviation(Random random) => (short)random.Next(-AccelerometerCalibratedMessage.MaximumScaleDeviation,
        AccelerometerCalibratedMessage.MaximumScaleDeviation + 1);
    private static byte Face(Random random) => random.Next(7) == 6 ? AccelerometerCalibrationProgressMessage.NoFace : (byte)random.Next(6);

    private static uint UInt(Random random) => (uint)random.NextInt64(0, 1L << 32);
    private static ushort UShort(Random random) => (ushort)random.Next(65536);
    private static short Short(Random random) => (short)random.Next(short.MinValue, short.MaxValue + 1);
}
