using System.Runtime.InteropServices;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Recordings;

namespace WinkSensor.Host.Replay;

/// <summary>Result of running the device runtime over a recording.</summary>
public sealed record ReplayResult(IReadOnlyList<ReplaySample> Samples, IReadOnlyList<ReplayEvent> Events, int RepCount)
{
    public double? CalibrationSeconds => Events.OfType<CalibratedEvent>().Select(e => (double?)e.TimeSeconds).FirstOrDefault();

    public int WinkCount => Events.OfType<WinkEvent>().Count();
}

/// <summary>
/// Runs exactly the device runtime over a recording, row by row, as the firmware main loop would, and collects its
/// per-sample state and events. Used by `winksensor replay` and by the evaluation.
/// </summary>
public static class ReplayRunner
{
    public static ReplayResult Run(RawRecording recording, DeviceConfiguration? configuration = null, RuntimeSettings? settings = null)
    {
        var collector = new ReplayEventCollector();
        var motor = new RecordingMotor();
        var runtime = new DeviceRuntime(configuration ?? new DeviceConfiguration(), motor, collector, settings ?? new RuntimeSettings());
        var samples = new List<ReplaySample>(recording.Rows.Count);
        foreach (ref readonly RawRecordingRow row in RowsOf(recording))
        {
            runtime.ProcessSample(row.TimeMicroseconds, row.Sacrum, row.Thoracolumbar, row.ThoracolumbarPresent);
            samples.Add(new ReplaySample(
                row.TimeSeconds,
                runtime.SacrumUp,
                runtime.HasThoracolumbarUp ? runtime.ThoracolumbarUp : null,
                runtime.FlexionDegrees,
                runtime.Phase,
                runtime.IsPelvisOnly,
                motor.On,
                runtime.RepCount));
        }
        return new ReplayResult(samples, collector.Events, runtime.RepCount);
    }

    /// <summary>The rows as a span, so the loop neither goes through an enumerator nor copies each (≈ 80-byte) row.</summary>
    private static ReadOnlySpan<RawRecordingRow> RowsOf(RawRecording recording) => recording.Rows switch
    {
        List<RawRecordingRow> list => CollectionsMarshal.AsSpan(list),
        RawRecordingRow[] array => array,
        var other => other.ToArray(),
    };

    /// <summary>A motor that only remembers whether it is on.</summary>
    private sealed class RecordingMotor : IHapticMotor
    {
        public bool On { get; private set; }

        public void Drive(bool on) => On = on;
    }
}
