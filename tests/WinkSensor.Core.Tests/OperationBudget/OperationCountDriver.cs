using WinkSensor.Core.Calibration;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.OperationBudget;

/// <summary>
/// Runs the device runtime over a recording passed as plain numbers (so it can cross load contexts) and returns the
/// counted operations of each ProcessSample call. Row layout: time µs, sacrum ax ay az gx gy gz, thoracolumbar
/// ax ay az gx gy gz, thoracolumbar present (0/1): 14 numbers a row.
/// </summary>
public static class OperationCountDriver
{
    public const int RowLength = 14;

    public static long[] OperationsPerSample(double[] rows)
    {
        return OperationsPerSample(rows, out _);
    }

    /// <summary>As above; also the total counted in each core type over the whole run, by type name.</summary>
    public static long[] OperationsPerSample(double[] rows, out string[] totalsByType)
    {
        return OperationsPerSample(rows, false, out totalsByType);
    }

    /// <summary>As above, optionally with both sensors' accelerometer calibrations set (typical datasheet-sized values).</summary>
    public static long[] OperationsPerSample(double[] rows, bool withAccelerometerCalibration, out string[] totalsByType)
    {
        var settings = new RuntimeSettings();
        if (withAccelerometerCalibration)
        {
            settings.SacrumAccelerometer = new AccelerometerCalibration(new Vector3(0.03f, -0.04f, 0.06f), new Vector3(1.02f, 0.985f, 1.01f));
            settings.ThoracolumbarAccelerometer = new AccelerometerCalibration(new Vector3(-0.045f, 0.02f, -0.07f), new Vector3(0.975f, 1.015f, 1.025f));
        }
        var counter = typeof(DeviceRuntime).Assembly.GetType(OperationCountingRewriter.CounterTypeName)!
            .GetField(OperationCountingRewriter.CounterFieldName)!;
        var runtime = new DeviceRuntime(new DeviceConfiguration(), new SilentMotor(), new IgnoringSink(), settings);
        int count = rows.Length / RowLength;
        var operations = new long[count];
        for (int i = 0; i < count; i++)
        {
            int at = i * RowLength;
            var sacrum = Sample(rows, at + 1);
            var thoracolumbar = Sample(rows, at + 7);
            long before = (long)counter.GetValue(null)!;
            runtime.ProcessSample((long)rows[at], sacrum, thoracolumbar, rows[at + 13] != 0);
            operations[i] = (long)counter.GetValue(null)! - before;
        }
        var fields = counter.DeclaringType!.GetFields();
        totalsByType = fields.Where(f => f.Name != OperationCountingRewriter.CounterFieldName && (long)f.GetValue(null)! > 0)
            .OrderByDescending(f => (long)f.GetValue(null)!)
            .Select(f => f.Name + "=" + (long)f.GetValue(null)!).ToArray();
        return operations;
    }

    private static ImuSample Sample(double[] rows, int at) => new()
    {
        Acceleration = new Vector3((float)rows[at], (float)rows[at + 1], (float)rows[at + 2]),
        AngularRate = new Vector3((float)rows[at + 3], (float)rows[at + 4], (float)rows[at + 5]),
    };

    private sealed class SilentMotor : IHapticMotor
    {
        public void Drive(bool on) { }
    }

    private sealed class IgnoringSink : IDeviceEventSink
    {
        public void Calibrated(long timeMicroseconds) { }
        public void RepCompleted(RepRecord rep) { }
        public void WinkDetected(WinkRecord wink) { }
        public void Fault(FaultCode code, long timeMicroseconds) { }
        public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar, bool keptInFlash) { }
    }
}
