using WinkSensor.Host.Protocol;
using WinkSensor.Host.Tests.Transports;
using WinkSensor.Host.Transports.Serial;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>
/// The USB serial fallback end to end: the virtual wearable on one end of a socat pty pair with the core's serial
/// framing (as the firmware's UsbSerialLink), the host's serial transport on the other.
/// </summary>
public sealed class VirtualWearableOverSerialTests
{
    [Fact]
    public async Task The_recorder_stores_every_rep_and_wink_the_virtual_wearable_sends_over_usb_serial()
    {
        using var pty = new SocatPtyPair();
        var wearable = new VirtualWearable(bootId: 78);
        using var line = VirtualWearableOnSerialPort.Attach(wearable, pty.DeviceEnd);
        await using var transport = new SerialWearableTransport(SerialReadRequests.TransportOptions());

        await TwoWinkingRepsRecording.RecordAndAssertEverythingStoredAsync(transport, pty.HostEnd, wearable);

        Assert.Equal(0, line.FramesRejected);
    }
}
