namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>State of one MPU-6050 as the driver sees it (for the status characteristic and fault reporting).</summary>
    public enum Mpu6050Health : byte
    {
        /// <summary>Start has not been called yet.</summary>
        NotStarted = 0,
        /// <summary>DEVICE_RESET written; waiting the reset time before configuring.</summary>
        Resetting = 1,
        /// <summary>Configured and delivering FIFO frames.</summary>
        Running = 2,
        /// <summary>Stopped answering (repeated bus errors); the driver probes it and re-initialises it when it answers.</summary>
        Lost = 3,
        /// <summary>Something answers at the address but WHO_AM_I is not 0x68; probed like a lost sensor.</summary>
        WrongIdentity = 4,
        /// <summary>Put into low-power wake-on-motion mode; Start brings it back.</summary>
        WakeOnMotion = 5,
    }
}
