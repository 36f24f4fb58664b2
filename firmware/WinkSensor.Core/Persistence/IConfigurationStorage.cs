namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// One small record kept in flash (on the device a file on the internal drive; in tests an array).
    /// The adapter catches its own I/O exceptions and answers with a count, so the core never sees a stack trace.
    /// </summary>
    public interface IConfigurationStorage
    {
        /// <summary>Copies the stored record into buffer. Returns the number of bytes read, 0 when nothing is stored,
        /// -1 when the storage could not be read.</summary>
        int Read(byte[] buffer);

        /// <summary>Replaces the stored record with the first count bytes of buffer. False when the write failed.</summary>
        bool Write(byte[] buffer, int count);

        /// <summary>Removes the stored record (the next Read answers 0).</summary>
        void Erase();
    }
}
