using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;
using WinkSensor.Simulation.Links;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>
/// Device sink and control handler on one side, EventStreamReceiver on the other, a LossyLink in between that drops
/// frames and disconnects at random: the host must end with exactly the device's events, in order, once each, and be
/// told clearly about any the device no longer held.
/// </summary>
public class EventStreamEndToEndTests(ITestOutputHelper output)
{
    private const ushort Boot = 0x5A17;

    [Fact]
    public void Over_a_link_that_drops_and_disconnects_the_host_ends_with_exactly_the_device_events_for_many_seeds()
    {
        int totalDropped = 0, totalDisconnections = 0, totalEvents = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            var run = new Session(seed, dropProbability: 0.2, disconnectProbability: 0.03, reconnectProbability: 0.15, eventProbability: 0.3);
            run.Run(steps: 1500);
            run.Drain();
            Assert.True(run.Lost.Count == 0, $"seed {seed}: lost {string.Join("; ", run.Lost)}; {run.Describe()}");
            Assert.True(run.Expected.SequenceEqual(run.Delivered), $"seed {seed}: host events differ from device events; {run.Describe()}");
            Assert.Equal(run.Sink.Log.LatestSequence, run.Receiver.LastContiguousSequence);
            totalDropped += run.ToHost.FramesDropped;
            totalDisconnections += run.ToHost.Disconnections;
            totalEvents += run.Expected.Count;
        }
        output.WriteLine($"200 seeds: {totalEvents} events, {totalDropped} frames dropped, {totalDisconnections} disconnections");
        // The link really misbehaved: otherwise this test proves nothing.
        Assert.True(totalDropped > 1000 && totalDisconnections > 200, $"dropped {totalDropped}, disconnections {totalDisconnections}");
        Assert.True(totalEvents > 50_000, $"only {totalEvents} events");
    }

    [Fact]
    public void With_disconnections_longer_than_the_ring_every_sequence_is_either_delivered_once_in_order_or_reported_lost()
    {
        int totalLost = 0, totalEvents = 0;
        for (int seed = 0; seed < 50; seed++)
        {
            var run = new Session(seed, dropProbability: 0.1, disconnectProbability: 0.01, reconnectProbability: 0.002, eventProbability: 0.6);
            run.Run(steps: 3000);
            run.Drain();
            var lostSequences = run.Lost.SelectMany(l => Enumerable.Range((int)l.FirstSequence, (int)l.Count)).Select(s => (uint)s).ToHashSet();
            Assert.Equal(run.Expected.Where(e => !lostSequences.Contains(e.Sequence)), run.Delivered);
            Assert.Equal(run.Expected.Count, run.Delivered.Count + lostSequences.Count);
            Assert.Equal(run.Sink.Log.LatestSequence, run.Receiver.LastContiguousSequence);
            totalLost += lostSequences.Count;
            totalEvents += run.Expected.Count;
        }
        output.WriteLine($"50 seeds: {totalEvents} events, {totalLost} reported lost");
        Assert.True(totalLost > 0, "no run lost events: the scenario did not exceed the ring");
    }

    [Fact]
    public void Duplicates_are_dropped_and_counted_and_out_of_order_events_wait_for_the_gap()
    {
        var link = new RecordingLink();
        var sink = new ProtocolEventSink(link);
        for (int i = 1; i <= 4; i++) sink.Calibrated(i * 1000L);
        var receiver = new EventStreamReceiver();
        var delivered = new List<uint>();
        receiver.EventReceived += e => delivered.Add(e.Sequence);
        foreach (int i in new[] { 0, 0, 2, 3, 2 }) receiver.Accept(link.Frames[i]);
        Assert.Equal(new uint[] { 1 }, delivered);
        Assert.Equal(2, receiver.DuplicateEvents);
        Assert.Equal(2, receiver.HeldBackEvents);
        Assert.True(receiver.NeedsResume);
        receiver.Accept(link.Frames[1]);
        Assert.Equal(new uint[] { 1, 2, 3, 4 }, delivered);
        Assert.False(receiver.NeedsResume);
        Assert.Null(receiver.Accept([1, 2, 3]));
        Assert.Equal(1, receiver.RejectedFrames);
    }

    [Fact]
    public void A_gap_larger_than_the_ring_is_reported_as_the_exact_lost_range_then_the_held_events_arrive()
    {
        var link = new RecordingLink();
        var device = new FakeDeviceControl();
        var sink = new ProtocolEventSink(link);
        var handler = new ControlHandler(new DeviceConfiguration(), sink, new RawImuStream(link), device, link, Boot);
        var receiver = new EventStreamReceiver();
        var delivered = new List<DeviceEvent>();
        var lost = new List<EventsLost>();
        receiver.EventReceived += delivered.Add;
        receiver.EventsLost += lost.Add;

        for (int i = 1; i <= 10; i++) sink.Calibrated(i * 1000L);
        foreach (var frame in link.Frames) receiver.Accept(frame);
        link.Frames.Clear();
        link.Accepting = false; // disconnected while 300 more events happen
        for (int i = 11; i <= 310; i++) sink.Calibrated(i * 1000L);
        link.Accepting = true;
        handler.Handle(receiver.CreateResumeRequest(), 0, CommandMessage.FrameLength, true);
        foreach (var frame in link.Frames) receiver.Accept(frame);

        var gap = Assert.Single(lost);
        Assert.Equal(new EventsLost(11, 44), gap);
        Assert.Equal("44 device events (sequences 11-54) were lost: the device had overwritten them before the host asked for them.", gap.ToString());
        Assert.Equal(Enumerable.Range(1, 10).Concat(Enumerable.Range(55, 256)).Select(i => (uint)i), delivered.Select(e => e.Sequence));
        Assert.False(receiver.NeedsResume);
        Assert.Equal(44u, receiver.LostEventCount);
    }

    [Fact]
    public void Events_that_arrived_after_a_gap_are_kept_even_when_the_device_has_since_overwritten_them()
    {
        var receiver = new EventStreamReceiver();
        var delivered = new List<uint>();
        var lost = new List<EventsLost>();
        receiver.EventReceived += e => delivered.Add(e.Sequence);
        receiver.EventsLost += lost.Add;
        var link = new RecordingLink();
        var sink = new ProtocolEventSink(link);
        var handler = new ControlHandler(new DeviceConfiguration(), sink, new RawImuStream(link), new FakeDeviceControl(), link, Boot);
        for (int i = 1; i <= 300; i++) sink.Calibrated(i);
        // The host got 1, missed 2, got 3 and 4, then was cut off.
        foreach (int i in new[] { 0, 2, 3 }) receiver.Accept(link.Frames[i]);
        link.Frames.Clear();
        handler.Handle(receiver.CreateResumeRequest(), 0, CommandMessage.FrameLength, true); // asks for the gap: 2 only
        handler.Handle(CommandFrames.Command(receiver.NextRequestId(), CommandCode.ReadStatus), 0, CommandMessage.FrameLength, true);
        foreach (var frame in link.Frames) receiver.Accept(frame);
        Assert.Equal(new[] { new EventsLost(2, 1) }, lost);
        Assert.True(receiver.NeedsResume); // the status told of events up to 300
        link.Frames.Clear();
        handler.Handle(receiver.CreateResumeRequest(), 0, CommandMessage.FrameLength, true);
        foreach (var frame in link.Frames) receiver.Accept(frame);
        Assert.Equal(new[] { new EventsLost(2, 1), new EventsLost(5, 40) }, lost);
        Assert.Equal(new uint[] { 1, 3, 4 }.Concat(Enumerable.Range(45, 256).Select(i => (uint)i)), delivered);
    }

    [Fact]
    public void A_new_boot_id_tells_the_host_the_device_restarted_and_the_stream_starts_again()
    {
        var receiver = new EventStreamReceiver(lastHeldSequence: 500, bootId: 1);
        ushort? restartedWith = null;
        receiver.DeviceRestarted += id => restartedWith = id;
        var link = new RecordingLink();
        var sink = new ProtocolEventSink(link);
        var handler = new ControlHandler(new DeviceConfiguration(), sink, new RawImuStream(link), new FakeDeviceControl(), link, 2);
        for (int i = 1; i <= 3; i++) sink.Calibrated(i);
        link.Frames.Clear();
        handler.Handle(receiver.CreateResumeRequest(), 0, CommandMessage.FrameLength, true); // asks after 500: this boot never issued it
        foreach (var frame in link.Frames) receiver.Accept(frame);
        Assert.Equal((ushort)2, restartedWith);
        Assert.Equal(0u, receiver.LastContiguousSequence);
        Assert.True(receiver.NeedsResume);
        link.Frames.Clear();
        handler.Handle(receiver.CreateResumeRequest(), 0, CommandMessage.FrameLength, true);
        var delivered = new List<uint>();
        receiver.EventReceived += e => delivered.Add(e.Sequence);
        foreach (var frame in link.Frames) receiver.Accept(frame);
        Assert.Equal(new uint[] { 1, 2, 3 }, delivered);
    }

    /// <summary>One simulated session: a device emitting random events, a host keeping up over lossy links.</summary>
    private sealed class Session
    {
        private readonly Random random;
        private readonly double eventProbability;
        private readonly FakeDeviceControl device = new();
        private readonly ControlHandler handler;
        private readonly LossyLink toDevice;
        private bool resumeDue;
        private int stepsSinceRequest;
        private int repNumber;

        public readonly LossyLink ToHost;
        public readonly ProtocolEventSink Sink;
        public readonly EventStreamReceiver Receiver = new();
        public readonly List<DeviceEvent> Expected = new();
        public readonly List<DeviceEvent> Delivered = new();
        public readonly List<EventsLost> Lost = new();

        public Session(int seed, double dropProbability, double disconnectProbability, double reconnectProbability, double eventProbability)
        {
            random = new Random(seed);
            this.eventProbability = eventProbability;
            ToHost = new LossyLink(seed, dropProbability, disconnectProbability, reconnectProbability);
            toDevice = new LossyLink(seed + 1_000_000, dropProbability, disconnectProbability: 0, reconnectProbability: 1);
            Sink = new ProtocolEventSink(ToHost);
            handler = new ControlHandler(new DeviceConfiguration(), Sink, new RawImuStream(ToHost), device, ToHost, Boot);
            Receiver.EventReceived += Delivered.Add;
            Receiver.EventsLost += Lost.Add;
            ToHost.Reconnected += () => resumeDue = true;
        }

        public string Describe() =>
            $"host holds up to {Receiver.LastContiguousSequence} (known latest {Receiver.LatestKnownSequence}, {Receiver.HeldBackEvents} held back, " +
            $"{Delivered.Count} delivered), device latest {Sink.Log.LatestSequence}, next to send {Sink.NextToSend}";

        public void Run(int steps)
        {
            for (int step = 0; step < steps; step++)
            {
                device.NowMicroseconds = step * 10_000L;
                ToHost.Tick();
                if (random.NextDouble() < eventProbability) EmitRandomEvent((uint)step * 10u);
                Sink.Pump();
                Exchange(allowResume: true);
            }
        }

        /// <summary>The link settles: the host polls the status, then resumes until it has everything.</summary>
        public void Drain()
        {
            ToHost.DropProbability = 0;
            ToHost.DisconnectProbability = 0;
            toDevice.DropProbability = 0;
            ToHost.Connect();
            Send(CommandFrames.Command(Receiver.NextRequestId(), CommandCode.ReadStatus));
            for (int round = 0; round < 1000 && (round < 2 || Receiver.NeedsResume); round++)
            {
                if (Receiver.NeedsResume && stepsSinceRequest >= 5) Send(Receiver.CreateResumeRequest());
                Sink.Pump();
                Exchange(allowResume: false);
            }
        }

        private void Exchange(bool allowResume)
        {
            while (ToHost.TryReceive(out byte[] frame)) Receiver.Accept(frame);
            stepsSinceRequest++;
            if (allowResume && ToHost.Connected)
            {
                if (resumeDue || (Receiver.NeedsResume && stepsSinceRequest >= 20)) Send(Receiver.CreateResumeRequest());
                else if (stepsSinceRequest >= 50) Send(CommandFrames.Command(Receiver.NextRequestId(), CommandCode.ReadStatus));
            }
            while (toDevice.TryReceive(out byte[] command)) handler.Handle(command, 0, command.Length, true);
            while (ToHost.TryReceive(out byte[] frame)) Receiver.Accept(frame);
        }

        private void Send(byte[] command)
        {
            resumeDue = false;
            stepsSinceRequest = 0;
            toDevice.TrySend(command, 0, command.Length);
        }

        private void EmitRandomEvent(uint nowMilliseconds)
        {
            uint sequence = Sink.Log.NextSequence;
            switch (random.Next(5))
            {
                case 0:
                    Sink.Calibrated(nowMilliseconds * 1000L);
                    Expected.Add(new CalibratedEvent(sequence, nowMilliseconds));
                    break;
                case 1:
                    short peak = (short)random.Next(-3000, 6000);
                    bool wink = random.Next(2) == 1, pelvisOnly = random.Next(4) == 0;
                    uint start = nowMilliseconds + 100_000, bottom = start + (uint)random.Next(2000), end = bottom + (uint)random.Next(2000);
                    int repDepth = random.Next(100, 700), repVelocity = random.Next(100, 1500);
                    Sink.RepCompleted(new RepRecord
                    {
                        RepNumber = ++repNumber, StartMicroseconds = start * 1000L, BottomMicroseconds = bottom * 1000L,
                        EndMicroseconds = end * 1000L, PeakFlexionDegrees = peak / 100f, Wink = wink, PelvisOnly = pelvisOnly,
                        DepthMeters = repDepth / 1000f, MeanConcentricVelocityMetersPerSecond = repVelocity / 1000f,
                        PeakConcentricVelocityMetersPerSecond = repVelocity * 2 / 1000f,
                        WinkOnsetDepthCentimetres = float.NaN, WinkOnsetFractionOfDepth = float.NaN,
                    });
                    Expected.Add(new RepCompletedEvent(sequence, repNumber, start, bottom, end, peak / 100.0, wink, pelvisOnly));
                    // The sink follows every rep with its metrics.
                    Expected.Add(new RepMetricsEvent(sequence + 1, repNumber, repDepth / 10.0, repVelocity / 1000.0, repVelocity * 2 / 1000.0, null, null));
                    break;
                case 2:
                    short magnitude = (short)random.Next(0, 3000);
                    uint onset = nowMilliseconds + (uint)random.Next(1000);
                    Sink.WinkDetected(new WinkRecord
                    {
                        RepNumber = repNumber, AlarmMicroseconds = nowMilliseconds * 1000L + 1_000_000, OnsetMicroseconds = onset * 1000L,
                        MagnitudeDegrees = magnitude / 100f,
                    });
                    Expected.Add(new WinkDetectedEvent(sequence, repNumber, nowMilliseconds + 1000, onset, magnitude / 100.0));
                    break;
                case 3:
                    var code = (FaultCode)random.Next(1, 9);
                    Sink.Fault(code, nowMilliseconds * 1000L);
                    Expected.Add(new FaultEvent(sequence, nowMilliseconds, code));
                    break;
                default:
                    int depth = random.Next(100, 700), velocity = random.Next(100, 1500);
                    Sink.RepMetricsMeasured(repNumber, depth / 10f, velocity / 1000f, velocity * 2 / 1000f, float.NaN, float.NaN);
                    Expected.Add(new RepMetricsEvent(sequence, repNumber, depth / 10.0, velocity / 1000.0, velocity * 2 / 1000.0, null, null));
                    break;
            }
        }
    }
}
