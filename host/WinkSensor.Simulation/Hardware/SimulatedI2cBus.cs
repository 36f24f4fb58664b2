using WinkSensor.Core.Hardware;

namespace WinkSensor.Simulation.Hardware;

/// <summary>
/// An I2C bus that routes each transaction to the simulated device at its address, with fault injection:
/// a device can be disconnected (no acknowledge) and reconnected (powered up again), and the next transactions to an
/// address can be made to fail with a given status or stop after a given number of bytes (a partial transfer, whose
/// bytes have had their effect, e.g. left the FIFO). Nothing is allocated per transaction.
/// </summary>
public sealed class SimulatedI2cBus : II2cBus
{
    private readonly Dictionary<byte, Slot> slots = [];

    private sealed class Slot(ISimulatedI2cDevice device)
    {
        public ISimulatedI2cDevice Device { get; } = device;
        public bool Connected { get; set; } = true;
        public Queue<(I2cTransferStatus Status, int Bytes)> Faults { get; } = new();
    }

    /// <summary>Transactions attempted, whatever their outcome.</summary>
    public int Transactions { get; private set; }

    /// <summary>Bytes moved after the address byte, both directions (for bus-time estimates: about 23 µs a byte at 400 kHz).</summary>
    public long BytesMoved { get; private set; }

    public void Attach(byte address, ISimulatedI2cDevice device) => slots[address] = new Slot(device);

    /// <summary>The device stops answering (unplugged, unpowered).</summary>
    public void Disconnect(byte address) => SlotAt(address).Connected = false;

    /// <summary>The device answers again; by default it has been power-cycled and starts from its reset state.</summary>
    public void Reconnect(byte address, bool powerCycled = true)
    {
        var slot = SlotAt(address);
        slot.Connected = true;
        if (powerCycled) slot.Device.PowerOn();
    }

    /// <summary>
    /// After <paramref name="skipTransactions"/> good ones, the next <paramref name="transactions"/> transactions to the
    /// address fail with the status, without effect.
    /// </summary>
    public void InjectFault(byte address, I2cTransferStatus status, int transactions = 1, int skipTransactions = 0)
    {
        if (status == I2cTransferStatus.FullTransfer) throw new ArgumentException("a fault must not be a full transfer", nameof(status));
        Skip(address, skipTransactions);
        for (int i = 0; i < transactions; i++) SlotAt(address).Faults.Enqueue((status, 0));
    }

    /// <summary>
    /// After <paramref name="skipTransactions"/> good ones, the next transaction to the address stops after
    /// <paramref name="bytesTransferred"/> bytes (write bytes first, the register byte included) and reports PartialTransfer.
    /// </summary>
    public void InjectPartialTransfer(byte address, int bytesTransferred, int skipTransactions = 0)
    {
        Skip(address, skipTransactions);
        SlotAt(address).Faults.Enqueue((I2cTransferStatus.PartialTransfer, bytesTransferred));
    }

    private void Skip(byte address, int transactions)
    {
        for (int i = 0; i < transactions; i++) SlotAt(address).Faults.Enqueue((I2cTransferStatus.FullTransfer, 0));
    }

    public I2cTransferStatus WriteRead(byte deviceAddress, byte[] writeBuffer, int writeCount, byte[] readBuffer, int readCount)
    {
        Transactions++;
        if (!slots.TryGetValue(deviceAddress, out var slot) || !slot.Connected) return I2cTransferStatus.AddressNotAcknowledged;

        int limit = writeCount + readCount;
        I2cTransferStatus outcome = I2cTransferStatus.FullTransfer;
        if (slot.Faults.Count > 0)
        {
            var fault = slot.Faults.Dequeue();
            if (fault.Status == I2cTransferStatus.PartialTransfer)
            {
                outcome = I2cTransferStatus.PartialTransfer;
                limit = Math.Clamp(fault.Bytes, 0, limit);
            }
            else if (fault.Status != I2cTransferStatus.FullTransfer)
            {
                return fault.Status;
            }
        }

        int written = Math.Min(writeCount, limit);
        if (written > 0) slot.Device.Write(writeBuffer.AsSpan(0, written));
        int read = written == writeCount ? Math.Min(readCount, limit - written) : 0;
        if (read > 0) slot.Device.Read(readBuffer.AsSpan(0, read));
        BytesMoved += written + read;
        return outcome;
    }

    private Slot SlotAt(byte address) =>
        slots.TryGetValue(address, out var slot) ? slot : throw new ArgumentException($"no device attached at 0x{address:X2}", nameof(address));
}
