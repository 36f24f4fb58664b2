using WinkSensor.Core.Calibration;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Runtime;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Simulation.Calibration;

/// <summary>What the device runtime made of a simulated six-position procedure.</summary>
/// <param name="State">How the procedure ended (Collecting if the samples ran out first: it was then cancelled).</param>
/// <param name="KeptInFlash">The runtime wrote the calibrations to the store it was given.</param>
/// <param name="Samples">Sample pairs fed.</param>
public sealed record DeviceCalibrationOutcome(AccelerometerCalibrationState State, SixPositionCalibrationResult SacrumResult,
    SixPositionCalibrationResult ThoracolumbarResult, bool KeptInFlash, int Samples);

/// <summary>
/// The product path of the six-position calibration with a simulated user: the session's two chips go through
/// <see cref="SimulatedSixPositionCalibration.SessionSamples"/> into a real DeviceRuntime after
/// BeginAccelerometerCalibration, which (on Complete) sets the calibrations in <paramref name="runtimeSettings"/> and
/// keeps them in the store, exactly as the firmware does when the host sends command 10.
/// </summary>
public static class DeviceSixPositionCalibration
{
    public static DeviceCalibrationOutcome Run(RecordingSimulator simulator, RuntimeSettings runtimeSettings,
        AccelerometerCalibrationStore? store = null, SixPositionProcedureSettings? procedure = null)
    {
        var sink = new CalibrationSink();
        var runtime = new DeviceRuntime(new DeviceConfiguration(), null, sink, runtimeSettings, store);
        runtime.BeginAccelerometerCalibration(0, 0);
        int samples = 0;
        foreach (var sample in SimulatedSixPositionCalibration.SessionSamples(simulator, 0, procedure))
        {
            runtime.ProcessSample((long)Math.Round(sample.TimeS * 1e6), sample.Sacrum, sample.Thoracolumbar, sample.ThoracolumbarPresent);
            samples++;
            if (!runtime.IsCalibratingAccelerometers) break;
        }
        var procedureState = runtime.AccelerometerCalibrationProcedure;
        var state = procedureState.State;
        runtime.CancelAccelerometerCalibration();
        return new DeviceCalibrationOutcome(state, procedureState.SacrumResult, procedureState.ThoracolumbarResult, sink.KeptInFlash, samples);
    }

    /// <summary>
    /// A virtual wearable's flash after its owner ran `winksensor calibrate` once at set-up: the simulated user's
    /// procedure with the simulator's own chips, through a device runtime's calibration mode, kept by the real store.
    /// Throws when the procedure does not complete (the simulated user always completes it).
    /// </summary>
    public static InMemoryFlashRecord FlashAfterSetUp(RecordingSimulator simulator)
    {
        var flash = new InMemoryFlashRecord();
        var outcome = Run(simulator, new RuntimeSettings(), new AccelerometerCalibrationStore(flash));
        if (!outcome.KeptInFlash)
            throw new InvalidOperationException("The simulated set-up calibration did not complete: " + outcome.State + ".");
        return flash;
    }

    /// <summary>Notes only whether the completed calibration was kept; the runtime's other reports do not matter here.</summary>
    private sealed class CalibrationSink : IDeviceEventSink
    {
        public bool KeptInFlash { get; private set; }

        public void Calibrated(long timeMicroseconds) { }
        public void RepCompleted(RepRecord rep) { }
        public void WinkDetected(WinkRecord wink) { }
        public void Fault(FaultCode code, long timeMicroseconds) { }

        public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
            bool keptInFlash) => KeptInFlash = keptInFlash;
    }
}
