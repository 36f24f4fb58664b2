using WinkSensor.Host.Tests.Transports;
using WinkSensor.Simulation.Bluez;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>The virtual wearable as the fake BlueZ's peripheral: the recorder gets its reps and winks over real D-Bus.</summary>
public sealed class VirtualWearableOverBluezTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    private const string Address = "F0:F5:BD:00:12:34";

    [Fact]
    public async Task The_recorder_stores_every_rep_and_wink_the_virtual_wearable_sends_through_bluez()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        var wearable = new VirtualWearable(bootId: 77);
        VirtualWearableOnFakeBluez.Attach(fake, wearable, Address);
        await using var transport = bus.NewBluezTransport();

        await TwoWinkingRepsRecording.RecordAndAssertEverythingStoredAsync(transport, Address, wearable);

        Assert.Empty(fake.HandlerFailures);
    }
}
