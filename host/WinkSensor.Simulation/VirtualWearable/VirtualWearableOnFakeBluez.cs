using WinkSensor.Simulation.Bluez;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>Puts a virtual wearable in the fake BlueZ's radio range: it is the peripheral's device model and its
/// frames go out as characteristic notifications (sent only once the host has subscribed; until then events wait in
/// the wearable's log, as on the device).</summary>
public static class VirtualWearableOnFakeBluez
{
    /// <param name="maximumPayloadBytes">Largest frame sent, bytes (default 20: ATT_MTU 23 - 3, the protocol's design size).</param>
    public static FakeWearable Attach(FakeBluez bluez, VirtualWearable wearable, string address, int maximumPayloadBytes = 20)
    {
        var peripheral = new FakeWearable(address, wearable) { Name = "Wink" + address.Replace(":", "")[^4..] };
        wearable.Attach(new NotificationFrameLink((channel, frame) => bluez.Notify(peripheral.Address, channel, frame),
            () => false, maximumPayloadBytes));
        bluez.AddWearable(peripheral);
        return peripheral;
    }
}
