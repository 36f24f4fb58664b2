using WinkSensor.Core.Persistence;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Transports;
using WinkSensor.Simulation.Recording;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>
/// A wearable without hardware: simulated sensor samples go through the REAL device runtime and the same protocol
/// objects the firmware's main loop uses (ProtocolEventSink, LiveAngleStream, RawImuStream, ControlHandler), so it
/// sends exactly the frames the firmware sends. It is the device model of the loopback transport or of the fake BlueZ
/// (<see cref="IWearableDeviceModel"/>): host writes go to the ControlHandler, reads answer Status and Configuration.
/// The device clock is the simulated sample time (µs since the recording started).
/// Like the firmware it keeps its six-position accelerometer calibration in a flash record
/// (<see cref="AccelerometerCalibrationFlash"/>, in memory), loads it at Attach and runs the procedure when the host
/// sends StartAccelerometerCalibration: feed it the simulated user's procedure with
/// <c>SimulatedSixPositionCalibration.SessionSamples(simulator, startTimeS)</c> through <see cref="Step"/>.
/// Call <see cref="Attach"/> once with the radio before the first <see cref="Step"/>.
/// </summary>
public sealed class VirtualWearable : IWearableDeviceModel
{
    public const byte FirmwareMajor = 0;
    public const byte FirmwareMinor = 1;
    public const byte FirmwarePatch = 0;

    private readonly object gate = new();
    private readonly DeviceConfiguration configuration = new();
    private readonly VirtualWearableControl control;
    private readonly byte[] readBuffer = new byte[FrameHeader.DefaultMaximumFrameBytes];
    private readonly RuntimeSettings runtimeSettings = new();
    private readonly AccelerometerCalibrationStore accelerometerStore;
    private DeviceRuntime? runtime;
    private ProtocolEventSink? events;
    private LiveAngleStream? liveAngles;
    private RawImuStream? rawImu;
    private AccelerometerCalibrationProgressStream? accelerometerProgress;
    private ControlHandler? handler;
    private long nowMicroseconds;
    private uint rawSampleCounter;
    private uint readSequence;

    /// <param name="bootId">The boot id the wearable reports (random on a real device).</param>
    /// <param name="accelerometerCalibrationFlash">The flash record of the accelerometer calibrations; pass the previous
    /// wearable's to stand for a reboot (default: an empty one).</param>
    public VirtualWearable(ushort bootId, InMemoryFlashRecord? accelerometerCalibrationFlash = null)
    {
        BootId = bootId;
        AccelerometerCalibrationFlash = accelerometerCalibrationFlash ?? new InMemoryFlashRecord();
        accelerometerStore = new AccelerometerCalibrationStore(AccelerometerCalibrationFlash);
        control = new VirtualWearableControl(() => Interlocked.Read(ref nowMicroseconds));
    }

    public ushort BootId { get; }

    public VirtualMotor Motor { get; } = new();

    /// <summary>The device runtime (read its state between steps only).</summary>
    public DeviceRuntime Runtime => runtime ?? throw NotAttached();

    /// <summary>The event log and its send cursor.</summary>
    public ProtocolEventSink Events => events ?? throw NotAttached();

    public ControlHandler Control => handler ?? throw NotAttached();

    public DeviceConfiguration Configuration => configuration;

    /// <summary>Where the six-position accelerometer calibrations are kept (survives a "reboot": see the constructor).</summary>
    public InMemoryFlashRecord AccelerometerCalibrationFlash { get; }

    /// <summary>What loading the accelerometer calibrations at Attach found (the firmware logs it at boot).</summary>
    public AccelerometerCalibrationLoadResult AccelerometerCalibrationLoad { get; private set; } = AccelerometerCalibrationLoadResult.Missing;

    /// <summary>The engineering settings of the runtime, holding both accelerometer calibrations in use.</summary>
    public RuntimeSettings RuntimeSettings => runtimeSettings;

    /// <summary>Device clock, µs since boot (the last sample's time).</summary>
    public long NowMicroseconds => Interlocked.Read(ref nowMicroseconds);

    /// <summary>True once the host sent Sleep: the run stops after the answer went out.</summary>
    public bool SleepRequested => control.SleepRequested;

    /// <summary>Live-angle frames the radio refused (no host connected).</summary>
    public int LiveAngleFramesDropped => liveAngles?.FramesDropped ?? 0;

    /// <summary>Wires the protocol objects to the radio, as the firmware does at boot.</summary>
    public void Attach(IFrameLink radio)
    {
        lock (gate)
        {
            if (events is not null) throw new InvalidOperationException("The virtual wearable is already attached to a radio.");
            events = new ProtocolEventSink(radio);
            liveAngles = new LiveAngleStream(radio, configuration);
            rawImu = new RawImuStream(radio);
            handler = new ControlHandler(configuration, events, rawImu, control, radio, BootId);
            handler.Status.FirmwareMajor = FirmwareMajor;
            handler.Status.FirmwareMinor = FirmwareMinor;
            handler.Status.FirmwarePatch = FirmwarePatch;
            handler.Status.BatteryMillivolts = 3950;
            handler.Status.BatteryPercent = 85;
            handler.Status.Calibration = CalibrationState.Calibrating;
            accelerometerProgress = new AccelerometerCalibrationProgressStream(radio);
            AccelerometerCalibrationLoad = accelerometerStore.Load(runtimeSettings.SacrumAccelerometer, runtimeSettings.ThoracolumbarAccelerometer);
            runtime = new DeviceRuntime(configuration, Motor, events, runtimeSettings, accelerometerStore);
            // As at boot on the device: the status tells a host that connects before the first sample what flash held.
            if (runtime.HasAccelerometerCalibrations) handler.Status.SensorHealth |= StatusMessage.AccelerometersCalibratedFlag;
        }
    }

    /// <summary>The device time of a simulated sample, µs (as ReplayRunner and the cohort evaluation compute it).</summary>
    public static long DeviceTimeMicroseconds(in SimulatedSample sample) => (long)Math.Round(sample.TimeS * 1e6);

    /// <summary>One pass of the firmware main loop for one sensor sample pair.</summary>
    public void Step(in SimulatedSample sample)
    {
        lock (gate)
        {
            var runtime = Runtime;
            long time = DeviceTimeMicroseconds(sample);
            Interlocked.Exchange(ref nowMicroseconds, time);
            runtime.ProcessSample(time, sample.Sacrum, sample.Thoracolumbar, sample.ThoracolumbarPresent);
            liveAngles!.Offer(time, runtime.FlexionDegrees, runtime.SacrumTiltDegrees, runtime.ThoracolumbarTiltDegrees,
                runtime.Phase, runtime.RepCount);
            if (rawImu!.Active)
            {
                rawSampleCounter++;
                OfferRaw(ImuSensorPosition.Sacrum, sample.SacrumFrame);
                if (sample.ThoracolumbarPresent) OfferRaw(ImuSensorPosition.Thoracolumbar, sample.ThoracolumbarFrame);
            }
            var phase = runtime.Phase;
            control.SetRepInProgress(phase is SquatPhase.Descent or SquatPhase.Bottom or SquatPhase.Ascent);
            events!.Pump();
            if (control.TakeRecalibration()) runtime.Recalibrate();
            if (control.TakeAccelerometerCalibrationStart(out int timeLimitSeconds)) runtime.BeginAccelerometerCalibration(time, timeLimitSeconds);
            if (control.TakeAccelerometerCalibrationCancel()) runtime.CancelAccelerometerCalibration();
            accelerometerProgress!.Offer(time, runtime.AccelerometerCalibrationProcedure);
            var status = handler!.Status;
            status.SensorHealth = (byte)(StatusMessage.SacrumSensorRespondingFlag
                | (sample.ThoracolumbarPresent ? StatusMessage.ThoracolumbarSensorRespondingFlag : 0)
                | (runtime.IsPelvisOnly ? StatusMessage.PelvisOnlyFlag : 0)
                | (runtime.IsCalibratingAccelerometers ? StatusMessage.AccelerometerCalibrationActiveFlag : 0)
                | (runtime.HasAccelerometerCalibrations ? StatusMessage.AccelerometersCalibratedFlag : 0));
            status.Calibration = runtime.IsCalibrated ? CalibrationState.Calibrated : CalibrationState.Calibrating;
        }
    }

    /// <summary>Retries queued events (the main loop does this every pass; call it while no samples flow).</summary>
    public void Pump()
    {
        lock (gate) Events.Pump();
    }

    public DeviceWriteResult HandleWrite(WearableChannel channel, byte[] frame)
    {
        if (channel is not (WearableChannel.Control or WearableChannel.Configuration))
            return DeviceWriteResult.Rejected(0x03); // ATT "Write Not Permitted"
        lock (gate)
        {
            // The loopback and the fake BlueZ stand for a bonded, encrypted link.
            Control.Handle(frame, 0, frame.Length, bondedAndEncrypted: true);
        }
        return DeviceWriteResult.Accepted;
    }

    public byte[] Read(WearableChannel channel)
    {
        lock (gate)
        {
            int length = channel switch
            {
                WearableChannel.Status => Control.EncodeStatus(readBuffer, 0, ++readSequence),
                WearableChannel.Configuration => Control.EncodeConfiguration(readBuffer, 0, ++readSequence),
                _ => 0,
            };
            return readBuffer.AsSpan(0, length).ToArray();
        }
    }

    private void OfferRaw(ImuSensorPosition position, Sensors.Mpu6050Frame frame) =>
        rawImu!.Offer(rawSampleCounter, position, frame.AccelX, frame.AccelY, frame.AccelZ, frame.GyroX, frame.GyroY, frame.GyroZ);

    private static InvalidOperationException NotAttached() =>
        new("The virtual wearable has no radio yet: call Attach first.");
}
