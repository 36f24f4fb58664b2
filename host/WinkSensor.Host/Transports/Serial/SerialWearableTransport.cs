using System.IO.Ports;

namespace WinkSensor.Host.Transports.Serial;

/// <summary>
/// The wearable over its USB serial port (System.IO.Ports): the same protocol frames as Bluetooth LE, wrapped in
/// the serial framing. The address is the port name: /dev/ttyUSB0, /dev/serial/by-id/..., COM3, or a pty path.
/// </summary>
public sealed class SerialWearableTransport(SerialTransportOptions? options = null) : IWearableTransport
{
    private readonly SerialTransportOptions options = options ?? new SerialTransportOptions();

    public TransportKind Kind => TransportKind.UsbSerial;

    /// <summary>Lists serial ports; a serial line cannot tell which one is a WinkSensor until it is opened.</summary>
    public Task<IReadOnlyList<DiscoveredWearable>> DiscoverAsync(TimeSpan scanDuration, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SerialPortDiscovery.ListPorts());
    }

    public Task<IWearableConnection> ConnectAsync(string address, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!OperatingSystem.IsWindows() && !File.Exists(address))
        {
            throw new WearableTransportException(TransportFailure.DeviceNotFound,
                $"There is no serial port {address}. Is the wearable plugged in? Ports seen: "
                + string.Join(", ", SerialPortDiscovery.ListPorts().Select(p => p.Address).DefaultIfEmpty("none")));
        }

        var port = new SerialPort(address, options.BaudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            ReadTimeout = SerialPort.InfiniteTimeout,
            WriteTimeout = 2000,
        };
        try
        {
            port.Open();
        }
        catch (UnauthorizedAccessException ex)
        {
            port.Dispose();
            throw new WearableTransportException(TransportFailure.ConnectionFailed,
                $"No permission to open {address}, or another program has it open. On Linux add yourself to the "
                + "'dialout' group (sudo usermod -aG dialout $USER, then log in again) and close other serial monitors.",
                ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            throw new WearableTransportException(TransportFailure.ConnectionFailed,
                $"Could not open the serial port {address}: {ex.Message}", ex.Message, ex);
        }

        return Task.FromResult<IWearableConnection>(new SerialWearableConnection(port, address, options));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
