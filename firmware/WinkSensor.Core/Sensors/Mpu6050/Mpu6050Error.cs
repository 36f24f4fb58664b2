namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>What went wrong in the last driver call. The driver never throws; it reports one of these.</summary>
    public enum Mpu6050Error : byte
    {
        None = 0,
        /// <summary>The sensor did not acknowledge its address (absent, unpowered or bus stuck).</summary>
        AddressNotAcknowledged = 1,
        /// <summary>Fewer bytes moved than asked; if it was a FIFO read the FIFO is re-synchronised.</summary>
        PartialTransfer = 2,
        /// <summary>Clock-stretch timeout or another bus failure.</summary>
        BusFault = 3,
        /// <summary>WHO_AM_I did not read 0x68.</summary>
        WrongIdentity = 4,
        /// <summary>The FIFO overflowed or lost frame alignment: it was reset; see LastSamplesLost.</summary>
        FifoOverflow = 5,
        /// <summary>Running, but no frame for longer than the stall timeout (e.g. a silent power cycle): re-initialising.</summary>
        Stalled = 6,
        /// <summary>The settings are out of range (see Mpu6050Settings.IsValid).</summary>
        InvalidSettings = 7,
        /// <summary>The call needs a running sensor; it is resetting, lost or asleep.</summary>
        NotRunning = 8,
        /// <summary>An argument is out of range (e.g. a wake-on-motion threshold).</summary>
        InvalidArgument = 9,
        /// <summary>Configuration writes did not read back (e.g. written while the part was still resetting): reset again.</summary>
        ConfigurationRejected = 10,
    }
}
