namespace WinkSensor.Host.Transports;

/// <summary>One notification frame as it arrived at the host.</summary>
/// <param name="Channel">The channel (characteristic) it arrived on.</param>
/// <param name="Payload">The frame bytes exactly as the device sent them (protocol decoding happens above the transport).</param>
/// <param name="ArrivalTime">Host wall-clock time when the transport received it.</param>
/// <param name="ArrivalTimestampTicks">Monotonic host timestamp (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>),
/// for measuring latency and jitter between frames without wall-clock jumps.</param>
public sealed record ReceivedFrame(WearableChannel Channel, byte[] Payload, DateTimeOffset ArrivalTime, long ArrivalTimestampTicks)
{
    /// <summary>Stamps a frame with the current host clocks.</summary>
    public static ReceivedFrame Now(WearableChannel channel, byte[] payload) =>
        new(channel, payload, DateTimeOffset.UtcNow, System.Diagnostics.Stopwatch.GetTimestamp());
}
