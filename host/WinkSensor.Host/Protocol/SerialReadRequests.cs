using WinkSensor.Core.Protocol;
using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Serial;

namespace WinkSensor.Host.Protocol;

/// <summary>The serial transport's settings for the WinkSensor protocol: a serial line has no GATT read, so a read of
/// Status or Configuration is the protocol's ReadStatus / ReadConfiguration command, answered on the same line.</summary>
public static class SerialReadRequests
{
    public static SerialTransportOptions TransportOptions() => new() { ReadRequestFrame = Frame };

    public static byte[] Frame(WearableChannel channel) => CommandFrames.Command(0,
        channel == WearableChannel.Configuration ? CommandCode.ReadConfiguration : CommandCode.ReadStatus);
}
