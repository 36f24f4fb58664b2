namespace WinkSensor.Simulation.Hardware;

/// <summary>A device on the simulated I2C bus, seen at the byte level.</summary>
public interface ISimulatedI2cDevice
{
    /// <summary>The write phase of a transaction: the first byte sets the register pointer, the rest are written from it.</summary>
    void Write(ReadOnlySpan<byte> data);

    /// <summary>The read phase (after a repeated start): bytes from the register pointer on.</summary>
    void Read(Span<byte> destination);

    /// <summary>Power comes back after a disconnect: the device starts from its power-on state.</summary>
    void PowerOn();
}
