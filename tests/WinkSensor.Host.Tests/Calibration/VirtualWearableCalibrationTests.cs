using WinkSensor.Cli.Support;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Commands;
using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Host.Tests.Transports;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Transports.Loopback;
using WinkSensor.Host.Transports.Serial;
using WinkSensor.Simulation.Bluez;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.Calibration;

/// <summary>
/// The host's calibration against the virtual wearable (the real device runtime and protocol objects) and its
/// simulated user resting the boards on each face: what the host receives and stores is what the wearable put in use.
/// </summary>
public sealed class VirtualWearableCalibrationTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    private static RecordingSimulator Simulator(long seed)
    {
        var (athlete, script) = new QuickScenario { Reps = 1 }.Build(seed);
        return new RecordingSimulator(athlete, script, new SimulationSettings { Seed = seed });
    }

    /// <summary>Asserts the stored calibrations are the ones the wearable uses (to the wire's 0.1 mg and 10 ppm steps).</summary>
    private static void AssertStoredAreInUse(VirtualWearable wearable, IReadOnlyList<StoredAccelerometerCalibration> stored)
    {
        Assert.Equal([ImuSensorPosition.Sacrum, ImuSensorPosition.Thoracolumbar], stored.Select(c => c.Sensor));
        var inUse = new[] { wearable.RuntimeSettings.SacrumAccelerometer, wearable.RuntimeSettings.ThoracolumbarAccelerometer };
        for (int board = 0; board < 2; board++)
        {
            Assert.Equal(inUse[board].OffsetG.X, stored[board].OffsetG.X, 0.00006);
            Assert.Equal(inUse[board].OffsetG.Y, stored[board].OffsetG.Y, 0.00006);
            Assert.Equal(inUse[board].OffsetG.Z, stored[board].OffsetG.Z, 0.00006);
            Assert.Equal(inUse[board].Scale.X, stored[board].Scale.X, 0.000006);
            Assert.Equal(inUse[board].Scale.Y, stored[board].Scale.Y, 0.000006);
            Assert.Equal(inUse[board].Scale.Z, stored[board].Scale.Z, 0.000006);
            Assert.True(stored[board].KeptInFlash);
        }
    }

    /// <summary>Stops the simulated user (the samples after the procedure only keep the wearable's main loop going).</summary>
    private static async Task StopAsync(Task simulation, CancellationTokenSource stop)
    {
        stop.Cancel();
        try
        {
            await simulation.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    public async Task The_host_receives_and_stores_exactly_the_calibrations_the_wearable_put_in_use(double dropProbability)
    {
        var simulator = Simulator(3);
        var wearable = new VirtualWearable(bootId: 31);
        var loopback = new VirtualWearableLoopback(wearable,
            new LoopbackFaultInjection { NotificationDropProbability = dropProbability, RandomSeed = 5 });
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var session = new AccelerometerCalibrationSession(loopback.HostTransport, loopback.Address, store,
            new AccelerometerCalibrationOptions { LinkTiming = WearableLinkTiming.FasterThanRealTime });
        using var stopSimulation = new CancellationTokenSource();

        var running = session.RunAsync(CancellationToken.None);
        var simulation = VirtualWearableRunner.RunAsync(wearable, VirtualCalibrationUser.Samples(wearable, simulator),
            new WearablePacing(5), loopback, cancellationToken: stopSimulation.Token);
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(120));
        await StopAsync(simulation, stopSimulation);

        Assert.True(outcome.Ending == AccelerometerCalibrationEnding.Complete, outcome.Message);
        Assert.True(wearable.Runtime.HasAccelerometerCalibrations);
        var stored = new AccelerometerCalibrationLog(store).List(loopback.Address);
        AssertStoredAreInUse(wearable, stored);
        Assert.Equal(outcome.Calibrations.Select(c => c.OffsetG), stored.Select(c => c.OffsetG));
    }

    [Fact]
    public async Task Cancelling_takes_the_virtual_wearable_out_of_its_calibration_mode_keeping_no_new_calibration()
    {
        var wearable = new VirtualWearable(bootId: 33);
        var loopback = new VirtualWearableLoopback(wearable);
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var session = new AccelerometerCalibrationSession(loopback.HostTransport, loopback.Address, store,
            new AccelerometerCalibrationOptions { LinkTiming = WearableLinkTiming.FasterThanRealTime });
        using var stopSimulation = new CancellationTokenSource();
        using var cancel = new CancellationTokenSource();

        var running = session.RunAsync(cancel.Token);
        var simulation = VirtualWearableRunner.RunAsync(wearable, VirtualCalibrationUser.Samples(wearable, Simulator(5)),
            WearablePacing.RealTime, loopback, cancellationToken: stopSimulation.Token);
        for (int i = 0; i < 2000 && session.LiveView.Progress is null; i++) await Task.Delay(10);
        Assert.NotNull(session.LiveView.Progress);
        cancel.Cancel();
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(60));
        await StopAsync(simulation, stopSimulation);

        Assert.True(outcome.Ending == AccelerometerCalibrationEnding.Cancelled, outcome.Message);
        Assert.False(wearable.Runtime.IsCalibratingAccelerometers);
        Assert.False(wearable.Runtime.HasAccelerometerCalibrations);
        Assert.Empty(new AccelerometerCalibrationLog(store).List());
    }

    [Fact]
    public async Task The_virtual_wearable_calibrates_through_bluez()
    {
        const string address = "F0:F5:BD:00:9A:BC";
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        var wearable = new VirtualWearable(bootId: 32);
        VirtualWearableOnFakeBluez.Attach(fake, wearable, address);
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        await using var transport = bus.NewBluezTransport();
        var session = new AccelerometerCalibrationSession(transport, address, store,
            new AccelerometerCalibrationOptions { LinkTiming = WearableLinkTiming.FasterThanRealTime });
        using var stopSimulation = new CancellationTokenSource();

        var running = session.RunAsync(CancellationToken.None);
        var simulation = VirtualWearableRunner.RunAsync(wearable, VirtualCalibrationUser.Samples(wearable, Simulator(4)),
            new WearablePacing(5), cancellationToken: stopSimulation.Token);
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(120));
        await StopAsync(simulation, stopSimulation);

        Assert.True(outcome.Ending == AccelerometerCalibrationEnding.Complete, outcome.Message);
        AssertStoredAreInUse(wearable, new AccelerometerCalibrationLog(store).List(address));
        Assert.Empty(fake.HandlerFailures);
    }

    [Fact]
    public async Task The_virtual_wearable_calibrates_over_usb_serial()
    {
        using var pty = new SocatPtyPair();
        var wearable = new VirtualWearable(bootId: 34);
        using var line = VirtualWearableOnSerialPort.Attach(wearable, pty.DeviceEnd);
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        await using var transport = new SerialWearableTransport(SerialReadRequests.TransportOptions());
        var session = new AccelerometerCalibrationSession(transport, pty.HostEnd, store,
            new AccelerometerCalibrationOptions { LinkTiming = WearableLinkTiming.FasterThanRealTime });
        using var stopSimulation = new CancellationTokenSource();

        var running = session.RunAsync(CancellationToken.None);
        var simulation = VirtualWearableRunner.RunAsync(wearable, VirtualCalibrationUser.Samples(wearable, Simulator(6)),
            new WearablePacing(5), cancellationToken: stopSimulation.Token);
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(120));
        await StopAsync(simulation, stopSimulation);

        Assert.True(outcome.Ending == AccelerometerCalibrationEnding.Complete, outcome.Message);
        AssertStoredAreInUse(wearable, new AccelerometerCalibrationLog(store).List(pty.HostEnd));
        Assert.Equal(0, line.FramesRejected);
    }

    [Fact]
    public void Calibrate_simulate_completes_with_each_boards_offsets_and_scales_and_stores_them()
    {
        using var directory = new TemporaryDirectory();

        var run = CliRun.Of("calibrate", "--simulate", "--data-dir", directory.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        run.AssertNoStackTrace();
        Assert.Contains("Calibration complete", run.Output);
        Assert.Contains("Hip unit: offset X", run.Output);
        Assert.Contains("Upper sensor: offset X", run.Output);
        Assert.Contains("The upper sensor has all six faces.", run.Error);
        Assert.Contains("Next for the hip unit: flat, skin side up.", run.Error);
        Assert.Equal(2, new AccelerometerCalibrationLog(SessionStore.Open(directory.File("sessions.sqlite"))).List().Count);
    }
}
