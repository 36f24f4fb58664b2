using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Protocol;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Host.Tests.Transports;
using WinkSensor.Simulation.Bluez;

namespace WinkSensor.Host.Tests.Calibration;

/// <summary>
/// The calibration session through BlueZ's D-Bus API (the fake BlueZ on a private bus): the progress reports arrive
/// as Status notifications, commands as Control writes, the status as a GATT read.
/// </summary>
public sealed class CalibrationOverBluezTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    private const string Address = "F0:F5:BD:00:56:78";

    [Fact]
    public async Task A_calibration_completes_and_is_stored_through_bluez()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        var device = new ScriptedCalibrationDevice(earlierEvents: 3);
        fake.AddWearable(new FakeWearable(Address, device) { Name = "Wink5678" });
        device.NotifyThrough = (channel, frame) => fake.Notify(Address, channel, frame);
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        await using var transport = bus.NewBluezTransport();
        var session = new AccelerometerCalibrationSession(transport, Address, store, new AccelerometerCalibrationOptions { DeviceName = "Wink5678" });

        var running = session.RunAsync(CancellationToken.None);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        // As the wearable does, the report is repeated (a few times a second) until the host shows it.
        for (int i = 0; i < 2000 && session.LiveView.Progress?.Sacrum.HoldPercent != 40; i++)
        {
            if (i % 20 == 0) device.Collecting(0x01, 0x00, AccelerometerFace.ZDown, 40);
            await Task.Delay(5);
        }
        Assert.Equal(AccelerometerFace.ZDown, session.LiveView.Progress?.Sacrum.FaceHeld);
        device.Complete(new AccelerometerCalibration(new Vector3(0.01f, 0.02f, -0.03f), new Vector3(1.01f, 0.99f, 1f)),
            new AccelerometerCalibration(new Vector3(-0.01f, 0, 0.04f), new Vector3(1, 1.02f, 0.98f)));
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(AccelerometerCalibrationEnding.Complete, outcome.Ending);
        var stored = new AccelerometerCalibrationLog(store).List(Address);
        Assert.Equal([4u, 5u], stored.Select(c => c.Sequence));
        Assert.Equal("Wink5678", stored[0].Device.Name);
        Assert.Equal(-0.03, stored[0].OffsetG.Z, 4);
        Assert.Empty(fake.HandlerFailures);
    }
}
