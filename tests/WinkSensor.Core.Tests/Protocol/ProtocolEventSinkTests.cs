using WinkSensor.Core.Protocol;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>The sink numbers events, keeps the last 256, sends what the link takes and resends on request.</summary>
public class ProtocolEventSinkTests
{
    [Fact]
    public void Runtime_events_become_numbered_frames_with_their_fields()
    {
        var link = new RecordingLink();
        var sink = new ProtocolEventSink(link);
        sink.Calibrated(2_000_000);
        sink.RepCompleted(new RepRecord
        {
            RepNumber = 1, StartMicroseconds = 3_000_000, BottomMicroseconds = 4_200_000, EndMicroseconds = 5_900_000,
            PeakFlexionDegrees = 17.25f, Wink = true, DepthMeters = 0.412f, MeanConcentricVelocityMetersPerSecond = 0.45f,
            PeakConcentricVelocityMetersPerSecond = 0.9f, WinkOnsetDepthCentimetres = 33.5f, WinkOnsetFractionOfDepth = 0.81f,
        });
        sink.WinkDetected(new WinkRecord { RepNumber = 1, AlarmMicroseconds = 4_100_000, OnsetMicroseconds = 3_950_000, MagnitudeDegrees = 9.5f });
        sink.Fault(FaultCode.ThoracolumbarSensorLost, 6_000_000);
        sink.RepMetricsMeasured(2, 38.0f, 0.5f, 1.1f, float.NaN, float.NaN);
        var read = link.Frames.Select(f => new DeviceFrameReader().Read(f)).ToList();
        Assert.Equal(new object?[]
        {
            new CalibratedEvent(1, 2000),
            new RepCompletedEvent(2, 1, 3000, 4200, 5900, 17.25, true, false),
            new RepMetricsEvent(3, 1, 41.2, 0.45, 0.9, 33.5, 0.81),
            new WinkDetectedEvent(4, 1, 4100, 3950, 9.5),
            new FaultEvent(5, 6000, FaultCode.ThoracolumbarSensorLost),
            new RepMetricsEvent(6, 2, 38.0, 0.5, 1.1, null, null),
        }, read);
    }

    [Fact]
    public void Events_refused_by_the_link_wait_in_the_log_and_go_out_in_order_when_it_accepts_again()
    {
        var link = new RecordingLink { Accepting = false };
        var sink = new ProtocolEventSink(link);
        for (int i = 0; i < 5; i++) sink.Fault(FaultCode.SensorFifoOverflow, i * 1000);
        Assert.Empty(link.Frames);
        Assert.Equal(1u, sink.NextToSend);
        link.Accepting = true;
        Assert.Equal(5, sink.Pump());
        Assert.Equal(new uint[] { 1, 2, 3, 4, 5 }, link.Frames.Select(f => BitConverter.ToUInt32(f, 2)));
    }

    [Fact]
    public void The_log_keeps_the_newest_256_and_a_resend_reports_how_many_were_lost()
    {
        var link = new RecordingLink { Accepting = false };
        var sink = new ProtocolEventSink(link);
        for (int i = 0; i < 300; i++) sink.Calibrated(i * 1000L);
        Assert.Equal(256, sink.Log.Capacity);
        Assert.Equal(45u, sink.Log.OldestSequence);
        Assert.Equal(300u, sink.Log.LatestSequence);
        Assert.Equal(ResultCode.Success, sink.ResendAfter(10, out uint lost));
        Assert.Equal(34u, lost); // 11..44 are gone
        link.Accepting = true;
        sink.Pump();
        Assert.Equal(Enumerable.Range(45, 256).Select(i => (uint)i), link.Frames.Select(f => BitConverter.ToUInt32(f, 2)));
        Assert.Equal(ResultCode.SequenceNotIssued, sink.ResendAfter(301, out _));
    }

    [Fact]
    public void Resend_after_the_newest_event_sends_nothing_and_loses_nothing()
    {
        var link = new RecordingLink();
        var sink = new ProtocolEventSink(link);
        sink.Calibrated(0);
        Assert.Equal(ResultCode.Success, sink.ResendAfter(1, out uint lost));
        Assert.Equal(0u, lost);
        Assert.Equal(0, sink.Pump());
    }

    [Fact]
    public void Live_angles_are_decimated_to_the_configured_rate()
    {
        var link = new RecordingLink();
        var configuration = new DeviceConfiguration();
        configuration.SetLiveAngleRateHertz(25);
        var stream = new LiveAngleStream(link, configuration);
        for (long t = 0; t < 10_000_000; t += 10_000) // 100 Hz for 10 s
            stream.Offer(t, 1f, 2f, 3f, SquatPhase.Standing, 0);
        Assert.Equal(250, link.Frames.Count);
        var samples = link.Frames.Select(f => (LiveAnglesSample)new DeviceFrameReader().Read(f)!).ToList();
        Assert.Equal(Enumerable.Range(1, 250).Select(i => (uint)i), samples.Select(s => s.Counter));
        Assert.All(samples.Zip(samples.Skip(1)), pair => Assert.Equal(40u, pair.Second.TimeMilliseconds - pair.First.TimeMilliseconds));
    }

    [Fact]
    public void Raw_frames_flow_only_while_started_and_pair_by_sample_counter()
    {
        var link = new RecordingLink();
        var stream = new RawImuStream(link);
        Assert.False(stream.Offer(1, WinkSensor.Core.Protocol.Messages.ImuSensorPosition.Sacrum, 1, 2, 3, 4, 5, 6));
        stream.Start();
        Assert.True(stream.Offer(2, WinkSensor.Core.Protocol.Messages.ImuSensorPosition.Sacrum, 1, 2, 16384, 4, 5, 6));
        Assert.True(stream.Offer(2, WinkSensor.Core.Protocol.Messages.ImuSensorPosition.Thoracolumbar, -1, -2, -3, -4, -5, -32768));
        stream.Stop();
        Assert.False(stream.Offer(3, WinkSensor.Core.Protocol.Messages.ImuSensorPosition.Sacrum, 1, 2, 3, 4, 5, 6));
        var readings = link.Frames.Select(f => (RawImuReading)new DeviceFrameReader().Read(f)!).ToList();
        Assert.Equal(new[]
        {
            new RawImuReading(2, WinkSensor.Core.Protocol.Messages.ImuSensorPosition.Sacrum, 1, 2, 16384, 4, 5, 6),
            new RawImuReading(2, WinkSensor.Core.Protocol.Messages.ImuSensorPosition.Thoracolumbar, -1, -2, -3, -4, -5, -32768),
        }, readings);
    }
}
