using System.IO.Ports;
using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Serial;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>The USB serial transport over a socat pty pair, with the test playing the wearable on the far end.</summary>
public sealed class SerialTransportTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly SocatPtyPair pty = new();
    private readonly CobsCrcSerialFraming framing = new();
    private readonly SerialPort device;

    public SerialTransportTests()
    {
        device = new SerialPort(pty.DeviceEnd, 115200) { ReadTimeout = 5000 };
        device.Open();
    }

    public void Dispose()
    {
        device.Dispose();
        pty.Dispose();
    }

    // Protocol frames: byte 0 layout version, byte 1 frame type, bytes 2-5 sequence; the rest is opaque here.
    private static byte[] Frame(byte type, uint sequence, params byte[] body) =>
        [0x01, type, (byte)sequence, (byte)(sequence >> 8), (byte)(sequence >> 16), (byte)(sequence >> 24), .. body];

    private void DeviceSends(params byte[][] frames)
    {
        var bytes = frames.SelectMany(f => framing.Encode(f)).ToArray();
        device.BaseStream.Write(bytes);
        device.BaseStream.Flush();
    }

    private static async Task<List<ReceivedFrame>> ReceiveAsync(IWearableConnection connection, int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var received = new List<ReceivedFrame>();
        while (received.Count < count)
        {
            received.Add(await connection.Frames.ReadAsync(timeout.Token));
        }

        return received;
    }

    [Fact]
    public async Task Device_frames_arrive_in_order_on_the_channel_their_type_names()
    {
        await using var transport = new SerialWearableTransport();
        await using var connection = await transport.ConnectAsync(pty.HostEnd);
        byte[][] sent =
        [
            Frame(0x02, 1, 0x10, 0x00), // rep completed → events
            Frame(0x10, 7, 0x00, 0x00, 0x12), // live angles
            Frame(0x11, 8, 0xFF, 0x00), // raw IMU (0x00 and 0xFF exercise the byte stuffing)
            Frame(0x20, 9, 0x64), // status
            Frame(0x21, 10, 0x05), // configuration
            Frame(0x31, 11, 0x00), // command result → control
        ];

        DeviceSends(sent);
        var received = await ReceiveAsync(connection, sent.Length);

        Assert.Equal(
            [WearableChannel.Events, WearableChannel.LiveAngles, WearableChannel.RawImu,
             WearableChannel.Status, WearableChannel.Configuration, WearableChannel.Control],
            received.Select(r => r.Channel));
        Assert.Equal(sent.Select(Convert.ToHexString), received.Select(r => Convert.ToHexString(r.Payload)));
    }

    [Fact]
    public async Task Host_writes_reach_the_device_inside_the_serial_framing()
    {
        await using var transport = new SerialWearableTransport();
        await using var connection = await transport.ConnectAsync(pty.HostEnd);
        var command = Frame(0x30, 42, 0x04, 0x00, 0x00, 0x00, 0x00);

        await connection.WriteAsync(WearableChannel.Control, command);

        var decoder = framing.CreateDecoder();
        byte[] frame;
        while (!decoder.Push((byte)device.ReadByte(), out frame))
        {
        }

        Assert.Equal(command, frame);
    }

    [Fact]
    public async Task Garbage_and_damaged_frames_on_the_line_are_skipped()
    {
        await using var transport = new SerialWearableTransport();
        await using var connection = await transport.ConnectAsync(pty.HostEnd);
        var first = Frame(0x02, 1, 0xAA);
        var second = Frame(0x03, 2, 0xBB);
        var damaged = framing.Encode(Frame(0x04, 3, 0xCC));
        damaged[3] ^= 0x40; // one flipped bit: the CRC must catch it

        device.BaseStream.Write([0x13, 0x37, 0x99, 0x00, 0x00]); // boot-loader chatter before the first frame
        device.BaseStream.Write(framing.Encode(first));
        device.BaseStream.Write(damaged);
        device.BaseStream.Write([0x05, 0x01, 0x02]); // a frame cut short by a reset ...
        device.BaseStream.Write([0x00]); // ... ended by the next delimiter
        device.BaseStream.Write(framing.Encode(second));
        device.BaseStream.Flush();

        var received = await ReceiveAsync(connection, 2);

        Assert.Equal([Convert.ToHexString(first), Convert.ToHexString(second)], received.Select(r => Convert.ToHexString(r.Payload)));
        Assert.False(connection.Frames.TryRead(out _), "nothing but the two good frames may come through");
    }

    [Fact]
    public async Task The_port_vanishing_is_reported_as_disconnected()
    {
        await using var transport = new SerialWearableTransport();
        await using var connection = await transport.ConnectAsync(pty.HostEnd);
        var change = new TaskCompletionSource<WearableConnectionStateChange>();
        connection.StateChanged += (_, e) => change.TrySetResult(e);

        pty.Kill();

        var reported = await change.Task.WaitAsync(Patience);
        Assert.Equal(WearableConnectionState.Disconnected, reported.State);
        Assert.Contains(pty.HostEnd, reported.Reason);
        await connection.Frames.Completion.WaitAsync(Patience);
        var error = await Assert.ThrowsAsync<WearableTransportException>(
            () => connection.WriteAsync(WearableChannel.Control, Frame(0x30, 1)));
        Assert.Equal(TransportFailure.NotConnected, error.Failure);
    }

    [Fact]
    public async Task A_status_read_sends_the_read_request_and_returns_the_devices_answer()
    {
        var request = Frame(0x30, 5, 0x05, 0, 0, 0, 0);
        await using var transport = new SerialWearableTransport(new SerialTransportOptions { ReadRequestFrame = _ => request });
        await using var connection = await transport.ConnectAsync(pty.HostEnd);
        var status = Frame(0x20, 5, 0x64, 0x01);

        var read = connection.ReadAsync(WearableChannel.Status);
        var decoder = framing.CreateDecoder();
        byte[] asked;
        while (!decoder.Push((byte)device.ReadByte(), out asked))
        {
        }

        DeviceSends(Frame(0x31, 5, 0x00), status);

        Assert.Equal(request, asked);
        Assert.Equal(status, await read.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_missing_port_is_a_clear_error()
    {
        await using var transport = new SerialWearableTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync("/dev/ttyWINK-missing"));

        Assert.Equal(TransportFailure.DeviceNotFound, error.Failure);
        Assert.Contains("/dev/ttyWINK-missing", error.Message);
    }

    [Fact]
    public void The_framing_matches_bytes_produced_by_the_core_serial_encoder()
    {
        // Produced by WinkSensor.Core.Protocol.Serial.SerialFrameEncoder (protocol branch) for the same frames.
        Assert.Equal("040102070101010511FF014B00", Convert.ToHexString(framing.Encode(Convert.FromHexString("0102070000000011FF"))));
        Assert.Equal("0103F0E100", Convert.ToHexString(framing.Encode([0x00])));
        Assert.Equal(0x29B1, CobsCrcSerialFraming.Crc16("123456789"u8));
    }

    [Fact]
    public void Frames_longer_than_the_device_accepts_are_rejected_by_the_decoder()
    {
        var small = new CobsCrcSerialFraming(maximumFrameBytes: 8);
        var decoder = small.CreateDecoder();
        var accepted = small.Encode(new byte[9]).Count(b => decoder.Push(b, out _));

        Assert.Equal(0, accepted);
        Assert.Equal(1, decoder.FramesRejected);
    }
}
