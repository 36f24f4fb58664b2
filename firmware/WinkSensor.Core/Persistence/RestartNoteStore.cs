using WinkSensor.Core.Power;

namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// Keeps a RestartNote across a self-restart in its own small flash record, because RAM does not survive the
    /// reboot. Layout, version 1: marker 'W' 'R', version 1, reason, stage, stalled ms (int32 little-endian),
    /// CRC-16/CCITT-FALSE over the first 9 bytes. Take reads the note once and erases it, so it is reported once.
    /// </summary>
    public sealed class RestartNoteStore
    {
        public const byte MarkerFirst = 0x57;
        public const byte MarkerSecond = 0x52;
        public const byte FormatVersion = 1;
        private const int BodyLength = 9;
        private const int RecordLength = BodyLength + 2;

        private readonly IConfigurationStorage storage;
        private readonly byte[] buffer = new byte[32];

        public RestartNoteStore(IConfigurationStorage storage)
        {
            this.storage = storage;
        }

        /// <summary>Writes the note; called from the watchdog thread right before the restart.</summary>
        public bool Record(RestartReason reason, LoopStage stage, int stalledMilliseconds)
        {
            buffer[0] = MarkerFirst;
            buffer[1] = MarkerSecond;
            buffer[2] = FormatVersion;
            buffer[3] = (byte)reason;
            buffer[4] = (byte)stage;
            RecordBytes.WriteInt32(buffer, 5, stalledMilliseconds);
            return storage.Write(buffer, RecordBytes.Seal(buffer, BodyLength));
        }

        /// <summary>At boot: fills note and erases the record. False (note cleared) when there is no valid note:
        /// a damaged or unknown record is dropped rather than reported as a stall that may not have happened.</summary>
        public bool Take(RestartNote note)
        {
            note.Clear();
            int length = storage.Read(buffer);
            if (length == 0) return false;
            storage.Erase();
            if (length < RecordLength || buffer[0] != MarkerFirst || buffer[1] != MarkerSecond || buffer[2] != FormatVersion)
                return false;
            if (!RecordBytes.IsIntact(buffer, RecordLength)) return false;
            note.Reason = (RestartReason)buffer[3];
            note.Stage = (LoopStage)buffer[4];
            note.StalledMilliseconds = RecordBytes.ReadInt32(buffer, 5);
            return note.Reason != RestartReason.None;
        }
    }
}
