using BenchmarkDotNet.Attributes;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Loopback;

namespace WinkSensor.Benchmarks;

/// <summary>
/// Alert latency (issue 4 item 6): from a WinkDetected frame being handed to the loopback connection (the transport's
/// arrival) until the recorder's alert callback fires, through the real pump: frame queue, event stream receiver,
/// session writer (alert first, then the SQLite insert). One wink per invocation, each with the next sequence number.
/// Target: median ≤ 50 ms.
/// </summary>
[MemoryDiagnoser]
public class AlertLatencyBenchmarks
{
    private readonly SemaphoreSlim alerted = new(0);
    private readonly WinkDetectedMessage wink = new() { RepNumber = 1, MagnitudeCentidegrees = 900 };
    private readonly byte[] frame = new byte[WinkDetectedMessage.FrameLength];
    private LoopbackWearableLink link = null!;
    private CancellationTokenSource stop = null!;
    private Task<RecordingSummary> recording = null!;
    private string directory = null!;
    private uint sequence;

    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "winksensor-bench-" + Guid.NewGuid().ToString("N"));
        var store = SessionStore.Open(Path.Combine(directory, "sessions.sqlite"));
        link = new LoopbackWearableLink(new SilentWearable());
        var recorder = new WearableRecorder(link.HostTransport, link.Address, store, new SignallingNotifier(alerted));
        stop = new CancellationTokenSource();
        recording = recorder.RunAsync(stop.Token);
        while (!link.IsHostConnected) Thread.Sleep(5);
    }

    [Benchmark]
    public void WinkFrameToAlert()
    {
        sequence++;
        wink.Sequence = sequence;
        wink.AlarmMilliseconds = sequence * 10;
        wink.OnsetMilliseconds = sequence * 10;
        wink.Encode(frame, 0);
        link.Notify(WearableChannel.Events, frame);
        alerted.Wait();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        stop.Cancel();
        recording.GetAwaiter().GetResult();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private sealed class SignallingNotifier(SemaphoreSlim alerted) : IAlertNotifier
    {
        public void Notify(RecorderAlert alert)
        {
            if (alert.Kind == AlertKind.Wink) alerted.Release();
        }
    }

    /// <summary>A wearable that only answers status reads (boot id fixed, no events logged beyond what is sent).</summary>
    private sealed class SilentWearable : IWearableDeviceModel
    {
        public DeviceWriteResult HandleWrite(WearableChannel channel, byte[] frame) => DeviceWriteResult.Accepted;

        public byte[] Read(WearableChannel channel)
        {
            var status = new StatusMessage { BootId = 7, BatteryPercent = StatusMessage.BatteryPercentUnknown };
            var bytes = new byte[StatusMessage.FrameLength];
            status.Encode(bytes, 0);
            return bytes;
        }
    }
}
