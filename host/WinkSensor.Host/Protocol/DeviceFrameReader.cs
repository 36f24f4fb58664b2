using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Protocol;

/// <summary>
/// Decodes device frames into the host's records with the core's codec (one source of truth for the layout).
/// Bad frames give null and are counted; the reason is in LastResult.
/// </summary>
public sealed class DeviceFrameReader
{
    private readonly FrameDecoder decoder = new();

    public DecodeResult LastResult { get; private set; }
    public int AcceptedFrames => decoder.AcceptedFrames;
    public int RejectedFrames => decoder.RejectedFrames;

    /// <summary>The decoded record (a DeviceEvent, LiveAnglesSample, RawImuReading, DeviceStatus, DeviceSettings,
    /// AccelerometerCalibrationProgress or CommandAnswer), or null when the frame is bad or a host-to-device Command.</summary>
    public object? Read(byte[] frame, int offset, int length)
    {
        LastResult = decoder.Decode(frame, offset, length);
        if (LastResult != DecodeResult.Ok) return null;
        return decoder.Last switch
        {
            CalibratedMessage m => new CalibratedEvent(m.Sequence, m.TimeMilliseconds),
            RepCompletedMessage m => new RepCompletedEvent(m.Sequence, m.RepNumber, m.StartMilliseconds,
                unchecked(m.StartMilliseconds + m.BottomAfterStartMilliseconds), unchecked(m.StartMilliseconds + m.EndAfterStartMilliseconds),
                Degrees(m.PeakFlexionCentidegrees), m.Wink, m.PelvisOnly),
            WinkDetectedMessage m => new WinkDetectedEvent(m.Sequence, m.RepNumber, m.AlarmMilliseconds, m.OnsetMilliseconds, Degrees(m.MagnitudeCentidegrees)),
            FaultMessage m => new FaultEvent(m.Sequence, m.TimeMilliseconds, m.Code),
            ConfigurationChangedMessage m => new ConfigurationChangedEvent(m.Sequence, m.TimeMilliseconds, Settings(m.Fields)),
            RepMetricsMessage m => new RepMetricsEvent(m.Sequence, m.RepNumber, Scaled(m.DepthMillimetres, 10),
                Scaled(m.MeanConcentricVelocityMillimetresPerSecond, 1000), Scaled(m.PeakConcentricVelocityMillimetresPerSecond, 1000),
                Scaled(m.OnsetDepthMillimetres, 10), Scaled(m.OnsetFractionOfDepth, RepMetricsMessage.FractionScale)),
            AccelerometerCalibratedMessage m => new AccelerometerCalibratedEvent(m.Sequence, m.Sensor,
                new AccelerometerAxes(m.OffsetXTenthsOfMilliG / 10000.0, m.OffsetYTenthsOfMilliG / 10000.0, m.OffsetZTenthsOfMilliG / 10000.0),
                new AccelerometerAxes(Scale(m.ScaleDeviationX), Scale(m.ScaleDeviationY), Scale(m.ScaleDeviationZ)), m.KeptInFlash),
            LiveAnglesMessage m => new LiveAnglesSample(m.Sequence, m.TimeMilliseconds, Degrees(m.FlexionCentidegrees),
                Degrees(m.SacrumTiltCentidegrees), Degrees(m.ThoracolumbarTiltCentidegrees), m.Phase, m.RepCount),
            RawImuMessage m => new RawImuReading(m.Sequence, m.Sensor, m.AccelerationX, m.AccelerationY, m.AccelerationZ,
                m.AngularRateX, m.AngularRateY, m.AngularRateZ),
            StatusMessage m => new DeviceStatus(m.BatteryMillivolts,
                m.BatteryPercent == StatusMessage.BatteryPercentUnknown ? null : m.BatteryPercent,
                (m.SensorHealth & StatusMessage.SacrumSensorRespondingFlag) != 0,
                (m.SensorHealth & StatusMessage.ThoracolumbarSensorRespondingFlag) != 0,
                (m.SensorHealth & StatusMessage.PelvisOnlyFlag) != 0,
                (m.SensorHealth & StatusMessage.RawStreamActiveFlag) != 0,
                m.Calibration, $"{m.FirmwareMajor}.{m.FirmwareMinor}.{m.FirmwarePatch}", m.LatestEventSequence, m.BootId)
            {
                AccelerometerCalibrationRunning = (m.SensorHealth & StatusMessage.AccelerometerCalibrationActiveFlag) != 0,
                AccelerometersCalibrated = (m.SensorHealth & StatusMessage.AccelerometersCalibratedFlag) != 0,
            },
            AccelerometerCalibrationProgressMessage m => new AccelerometerCalibrationProgress(m.Sequence, m.State,
                Board(m.SacrumFacesSeen, m.SacrumFaceHeld, m.SacrumHoldPercent, m.SacrumResult),
                Board(m.ThoracolumbarFacesSeen, m.ThoracolumbarFaceHeld, m.ThoracolumbarHoldPercent, m.ThoracolumbarResult),
                m.SecondsRemaining),
            ConfigurationMessage m => Settings(m.Fields),
            CommandResultMessage m => new CommandAnswer(m.Sequence, m.RequestFrameType, m.Command, m.Result,
                m.DeviceTimeMilliseconds, m.Detail, m.BootId),
            _ => null,
        };
    }

    public object? Read(byte[] frame) => Read(frame, 0, frame.Length);

    public static DeviceSettings Settings(ConfigurationFields fields) => new(
        fields.WinkThresholdCentidegrees / 100.0, fields.BuzzEnabled, (HapticPatternKind)fields.WinkPattern,
        fields.IdleSleepMinutes, fields.LiveAngleRateHertz);

    private static BoardCalibrationProgress Board(byte facesCaptured, byte faceHeld, byte holdPercent, SixPositionCalibrationResult result) =>
        new(facesCaptured, faceHeld == AccelerometerCalibrationProgressMessage.NoFace ? null : (AccelerometerFace)faceHeld, holdPercent, result);

    private static double Scale(short deviation) => 1 + deviation / (double)AccelerometerCalibratedMessage.ScaleDeviationUnits;

    private static double? Degrees(short centidegrees) =>
        centidegrees == ProtocolUnits.AngleNotAvailable ? null : centidegrees / 100.0;

    private static double? Scaled(ushort value, double scale) =>
        value == ProtocolUnits.NotAvailable ? null : value / scale;
}
