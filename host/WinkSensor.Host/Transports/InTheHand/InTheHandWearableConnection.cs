using InTheHand.Bluetooth;

namespace WinkSensor.Host.Transports.InTheHand;

/// <summary>One wearable connected through InTheHand.BluetoothLE: characteristics found by UUID, value-changed
/// handlers attached before notifications start, GattServerDisconnected → Disconnected.</summary>
internal sealed class InTheHandWearableConnection : WearableConnectionBase
{
    private readonly BluetoothDevice device;
    private readonly Dictionary<WearableChannel, GattCharacteristic> characteristics = [];
    private readonly Dictionary<GattCharacteristic, WearableChannel> channels = [];
    private int attMtu = WearableGattProfile.DefaultAttMtu;

    private InTheHandWearableConnection(BluetoothDevice device, string address)
        : base(address, TransportKind.InTheHandBluetoothLowEnergy) => this.device = device;

    public override int MaximumPayloadBytes => attMtu - WearableGattProfile.AttHeaderBytes;

    public static async Task<InTheHandWearableConnection> OpenAsync(BluetoothDevice device, string address, CancellationToken cancellationToken)
    {
        var connection = new InTheHandWearableConnection(device, address);
        try
        {
            await connection.EstablishAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task WriteAsync(WearableChannel channel, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        ThrowIfNotConnected();
        ThrowIfTooLarge(frame);
        try
        {
            await characteristics[channel].WriteValueWithResponseAsync(frame.ToArray()).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not WearableTransportException)
        {
            ThrowIfNotConnected();
            throw Describe(ex, $"Writing the {channel} frame to {Address} failed", TransportFailure.WriteRejected);
        }
    }

    public override async Task<byte[]> ReadAsync(WearableChannel channel, CancellationToken cancellationToken = default)
    {
        ThrowIfNotConnected();
        try
        {
            return await characteristics[channel].ReadValueAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not WearableTransportException)
        {
            ThrowIfNotConnected();
            throw Describe(ex, $"Reading {channel} from {Address} failed", TransportFailure.ReadFailed);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        device.GattServerDisconnected -= OnGattServerDisconnected;
        if (!MarkClosed())
        {
            return;
        }

        foreach (var (characteristic, _) in channels)
        {
            characteristic.CharacteristicValueChanged -= OnValueChanged;
            try
            {
                await characteristic.StopNotificationsAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Best effort while closing: the device may already be gone.
            }
        }

        device.Gatt.Disconnect();
    }

    private async Task EstablishAsync(CancellationToken cancellationToken)
    {
        device.GattServerDisconnected += OnGattServerDisconnected;
        try
        {
            await device.Gatt.ConnectAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Describe(ex, $"Could not connect to the wearable {Address}", TransportFailure.ConnectionFailed);
        }

        try
        {
            await device.Gatt.RequestMtuAsync(InTheHandWearableTransport.RequestedAttMtu).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlatformNotSupportedException or NotSupportedException or NotImplementedException)
        {
            // Windows and Apple negotiate the MTU themselves.
        }

        if (device.Gatt.Mtu >= WearableGattProfile.DefaultAttMtu)
        {
            attMtu = device.Gatt.Mtu;
        }

        var service = await device.Gatt.GetPrimaryServiceAsync(InTheHandWearableTransport.Uuid(WearableGattProfile.ServiceUuid))
            .WaitAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new WearableTransportException(TransportFailure.ServiceNotFound,
                $"The device {Address} does not offer the WinkSensor service: it is a different device or runs firmware "
                + "without it. Flash the WinkSensor firmware or pick the right device.", WearableGattProfile.ServiceUuid);

        foreach (var channel in WearableGattProfile.AllChannels)
        {
            var uuid = WearableGattProfile.CharacteristicUuid(channel);
            var characteristic = await service.GetCharacteristicAsync(InTheHandWearableTransport.Uuid(uuid))
                .WaitAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new WearableTransportException(TransportFailure.ServiceNotFound,
                    $"The wearable {Address} lacks the {channel} characteristic: its firmware does not match this program.", uuid);
            characteristics[channel] = characteristic;
            channels[characteristic] = channel;
        }

        foreach (var channel in WearableGattProfile.NotifyingChannels)
        {
            var characteristic = characteristics[channel];
            characteristic.CharacteristicValueChanged += OnValueChanged; // before starting, or the first values are lost
            try
            {
                await characteristic.StartNotificationsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw Describe(ex, $"The wearable {Address} refused to send {channel} notifications", TransportFailure.ConnectionFailed);
            }
        }
    }

    private void OnValueChanged(object? sender, GattCharacteristicValueChangedEventArgs e)
    {
        if (sender is GattCharacteristic characteristic && e.Error is null && e.Value is { } value
            && channels.TryGetValue(characteristic, out var channel))
        {
            Deliver(channel, value);
        }
    }

    private void OnGattServerDisconnected(object? sender, EventArgs e) =>
        MarkDisconnected("the wearable disconnected (GattServerDisconnected)");

    /// <summary>Windows reports missing pairing as UnauthorizedAccessException or a protocol error mentioning authentication.</summary>
    private WearableTransportException Describe(Exception ex, string what, TransportFailure otherwise)
    {
        var text = ex.Message ?? "";
        if (ex is UnauthorizedAccessException || text.Contains("authenticat", StringComparison.OrdinalIgnoreCase)
            || text.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || text.Contains("pair", StringComparison.OrdinalIgnoreCase))
        {
            return new WearableTransportException(TransportFailure.NotPaired,
                $"{what}: the wearable is not paired with this computer. Pair it in the system's Bluetooth settings, then connect again.",
                $"{ex.GetType().Name}: {text}", ex);
        }

        return new WearableTransportException(otherwise, $"{what}: {text}", $"{ex.GetType().Name}: {text}", ex);
    }
}
