using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Signals;

/// <summary>Runs a DeviceRuntime over generated frames and records what it reports and its per-sample state.</summary>
public sealed class RuntimeHarness
{
    public RecordingEventSink Sink { get; } = new();
    public DeviceConfiguration Configuration { get; } = new();
    public DeviceRuntime Runtime { get; }
    public List<(long Time, float Flexion, SquatPhase Phase, BodyPose Truth, bool PelvisOnly)> Trace { get; } = [];

    public RuntimeHarness(RuntimeSettings? settings = null)
    {
        Runtime = new DeviceRuntime(Configuration, Sink, Sink, settings ?? new RuntimeSettings());
    }

    public RuntimeHarness Run(IEnumerable<SyntheticFrame> frames, bool withThoracolumbar = true)
    {
        foreach (var frame in frames)
        {
            Runtime.ProcessSample(frame.TimeMicroseconds, frame.Sacrum, frame.Thoracolumbar, withThoracolumbar && frame.ThoracolumbarPresent);
            Trace.Add((frame.TimeMicroseconds, Runtime.FlexionDegrees, Runtime.Phase, frame.Truth, Runtime.IsPelvisOnly));
        }
        return this;
    }

    public static RuntimeHarness Replay(MotionScript script, SyntheticImuOptions? options = null, bool withThoracolumbar = true,
        Action<DeviceConfiguration>? configure = null)
    {
        var harness = new RuntimeHarness();
        configure?.Invoke(harness.Configuration);
        return harness.Run(SyntheticImu.Generate(script, options), withThoracolumbar);
    }
}
