using System.IO.Ports;
using WinkSensor.Core.Protocol.Serial;
using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>
/// Puts a virtual wearable on the device end of a serial line (for tests, one end of a socat pty pair), as the
/// firmware's UsbSerialLink does: frames go out through the core's SerialFramingLink (COBS with CRC), and every
/// frame the core's SerialFrameDecoder finds on the line goes to the control handler as a trusted write.
/// </summary>
public sealed class VirtualWearableOnSerialPort : IDisposable
{
    private readonly SerialPort port;
    private readonly Thread reader;
    private readonly VirtualWearable wearable;
    private volatile bool closing;

    private VirtualWearableOnSerialPort(VirtualWearable wearable, string portName, int baudRate)
    {
        this.wearable = wearable;
        port = new SerialPort(portName, baudRate) { ReadTimeout = 100, WriteTimeout = 500 };
        port.Open();
        wearable.Attach(new SerialFramingLink(new PortWriter(port)));
        reader = new Thread(ReadLine) { IsBackground = true, Name = "virtual wearable serial reader" };
        reader.Start();
    }

    /// <summary>Opens the port and attaches the wearable to it (the wearable must not be attached to a radio yet).</summary>
    public static VirtualWearableOnSerialPort Attach(VirtualWearable wearable, string portName, int baudRate = 115200) =>
        new(wearable, portName, baudRate);

    /// <summary>Frames the decoder dropped (bad COBS, bad CRC, too long).</summary>
    public int FramesRejected { get; private set; }

    private void ReadLine()
    {
        var decoder = new SerialFrameDecoder();
        var buffer = new byte[256];
        while (!closing)
        {
            int count;
            try
            {
                count = port.Read(buffer, 0, buffer.Length);
            }
            catch (TimeoutException)
            {
                continue;
            }
            catch (Exception) when (closing || !port.IsOpen)
            {
                return;
            }
            for (int i = 0; i < count; i++)
            {
                if (!decoder.Push(buffer[i])) continue;
                wearable.HandleWrite(WearableChannel.Control, decoder.Frame.AsSpan(0, decoder.FrameLength).ToArray());
            }
            FramesRejected = decoder.FramesRejected;
        }
    }

    public void Dispose()
    {
        closing = true;
        reader.Join(TimeSpan.FromSeconds(2));
        port.Dispose();
    }

    private sealed class PortWriter(SerialPort port) : IByteWriter
    {
        public bool TryWrite(byte[] buffer, int offset, int length)
        {
            try
            {
                port.Write(buffer, offset, length);
                return true;
            }
            catch (Exception ex) when (ex is IOException or TimeoutException or InvalidOperationException)
            {
                return false;
            }
        }
    }
}
