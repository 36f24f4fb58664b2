using WinkSensor.Core.Calibration;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Runtime;

public class DeviceRuntimeAllocationTests
{
    /// <summary>Counts what it is told without allocating, so only the runtime's own allocations are measured.</summary>
    private sealed class CountingSink : IDeviceEventSink, IHapticMotor
    {
        public int Calibrations, Reps, Winks, Faults, MotorSwitches, AccelerometerCalibrations;
        public void Calibrated(long timeMicroseconds) => Calibrations++;
        public void RepCompleted(RepRecord rep) => Reps++;
        public void WinkDetected(WinkRecord wink) => Winks++;
        public void Fault(FaultCode code, long timeMicroseconds) => Faults++;
        public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar, bool keptInFlash) => AccelerometerCalibrations++;
        public void Drive(bool on) => MotorSwitches++;
    }

    [Fact]
    public void Ten_thousand_samples_through_calibration_reps_winks_and_a_dropout_allocate_nothing()
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 40; i++)
            script.Squat(new SquatSpec { WinkDegrees = i % 2 == 0 ? 15 : 0, DurationSeconds = 1.5 + 0.1 * (i % 10) }).Stand(0.8);
        script.Walk(4).Stand(1).Stoop().Stand(1);
        var frames = SyntheticImu.Generate(script, new SyntheticImuOptions { ThoracolumbarDropoutSeconds = 80 }).ToArray();
        Assert.True(frames.Length >= 10_000);

        var sink = new CountingSink();
        var runtime = new DeviceRuntime(new DeviceConfiguration(), sink, sink);
        // Warm up once so the JIT and static pattern tables are not counted (a separate runtime, same code paths).
        var warmUp = new DeviceRuntime(new DeviceConfiguration(), sink, sink);
        for (int i = 0; i < frames.Length; i++) warmUp.ProcessSample(frames[i].TimeMicroseconds, frames[i].Sacrum, frames[i].Thoracolumbar, frames[i].ThoracolumbarPresent);
        sink.Calibrations = sink.Reps = sink.Winks = sink.Faults = 0;

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
            runtime.ProcessSample(frames[i].TimeMicroseconds, frames[i].Sacrum, frames[i].Thoracolumbar, frames[i].ThoracolumbarPresent);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        // The measured stretch really went through the interesting paths.
        Assert.Equal(1, sink.Calibrations);
        Assert.True(sink.Reps >= 20, $"{sink.Reps} reps");
        Assert.True(sink.Winks >= 10, $"{sink.Winks} winks");
        Assert.True(sink.Faults >= 1, "the thoracolumbar dropout should be inside the measured stretch");
    }
}
