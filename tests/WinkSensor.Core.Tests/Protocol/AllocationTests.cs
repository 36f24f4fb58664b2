using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Protocol.Serial;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>After construction, encoding, decoding, logging, framing and command handling allocate nothing (device GC rule).</summary>
public class AllocationTests
{
    private static long AllocatedBy(Action action)
    {
        action(); // warm up: JIT and first-use allocations are not the device's per-sample path
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Encoding_and_decoding_every_frame_type_allocates_nothing()
    {
        var messages = ProtocolSamples.AllTypes().Select(m => ProtocolSamples.Random(m.Type, new Random(1))).ToArray();
        var buffer = new byte[32];
        var decoder = new FrameDecoder();
        var direct = ProtocolSamples.AllTypes();
        Assert.Equal(0, AllocatedBy(() =>
        {
            for (int i = 0; i < messages.Length; i++)
            {
                int length = messages[i].Encode(buffer, 3);
                decoder.Decode(buffer, 3, length);
                direct[i].Decode(buffer, 3, length);
                decoder.Decode(buffer, 0, 5); // rejected frames allocate nothing either
            }
        }));
        Assert.Equal(messages.Length * 1001 * 2, decoder.AcceptedFrames + decoder.RejectedFrames);
    }

    [Fact]
    public void Logging_runtime_events_and_pumping_them_allocates_nothing()
    {
        var sink = new ProtocolEventSink(new DiscardingLink());
        var rep = new RepRecord { RepNumber = 3, StartMicroseconds = 1_000_000, BottomMicroseconds = 2_000_000, EndMicroseconds = 3_000_000, PeakFlexionDegrees = 12f };
        var wink = new WinkRecord { RepNumber = 3, AlarmMicroseconds = 1_900_000, OnsetMicroseconds = 1_800_000, MagnitudeDegrees = 9f };
        var configuration = new DeviceConfiguration();
        var live = new LiveAngleStream(new DiscardingLink(), configuration);
        var raw = new RawImuStream(new DiscardingLink());
        raw.Start();
        long time = 0;
        Assert.Equal(0, AllocatedBy(() =>
        {
            sink.Calibrated(time);
            sink.RepCompleted(rep);
            sink.WinkDetected(wink);
            sink.Fault(FaultCode.BatteryLow, time);
            sink.ConfigurationChanged(configuration, time);
            sink.RepMetricsMeasured(3, 40f, 0.5f, 1f, float.NaN, float.NaN);
            sink.ResendAfter(sink.Log.LatestSequence - 10, out _);
            sink.Pump();
            live.Offer(time, 10f, -3f, 7f, SquatPhase.Descent, 3);
            raw.Offer((uint)time, ImuSensorPosition.Sacrum, 1, 2, 3, 4, 5, 6);
            time += 10_000;
        }));
        Assert.Equal(7007u, sink.Log.LatestSequence); // a rep is two events: the rep and its metrics
    }

    [Fact]
    public void Handling_commands_and_configuration_writes_allocates_nothing()
    {
        var link = new DiscardingLink();
        var configuration = new DeviceConfiguration();
        var sink = new ProtocolEventSink(link);
        var handler = new ControlHandler(configuration, sink, new RawImuStream(link), new FakeDeviceControl(), link, 1);
        byte[] status = Host.Protocol.CommandFrames.Command(1, CommandCode.ReadStatus);
        byte[] resend = Host.Protocol.CommandFrames.Command(2, CommandCode.ResendEventsAfter, 0);
        byte[] write = Host.Protocol.CommandFrames.Configuration(3, new Host.Protocol.DeviceSettings(10, true, HapticPatternKind.WinkLong, 10, 20));
        byte[] garbage = [1, 0x30, 9, 9];
        Assert.Equal(0, AllocatedBy(() =>
        {
            handler.Handle(status, 0, status.Length, true);
            handler.Handle(resend, 0, resend.Length, true);
            handler.Handle(write, 0, write.Length, true);
            handler.Handle(write, 0, write.Length, false);
            handler.Handle(garbage, 0, garbage.Length, true);
        }));
        Assert.Equal(1001 * 3, handler.AcceptedFrames);
    }

    [Fact]
    public void Serial_framing_and_stream_decoding_allocate_nothing()
    {
        var frame = ProtocolSamples.Encode(ProtocolSamples.Random(FrameType.RepCompleted, new Random(4)));
        var encoded = new byte[SerialFrameEncoder.MaximumEncodedLength(frame.Length)];
        var decoder = new SerialFrameDecoder();
        Assert.Equal(0, AllocatedBy(() =>
        {
            int length = SerialFrameEncoder.Encode(frame, 0, frame.Length, encoded, 0);
            for (int i = 0; i < length; i++) decoder.Push(encoded[i]);
            Crc16Ccitt.Compute(frame, 0, frame.Length);
        }));
        Assert.Equal(1001, decoder.FramesAccepted);
    }
}
