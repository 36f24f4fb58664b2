using System;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// The last Capacity encoded event frames, by sequence number (1, 2, 3, ...; 0 = none). Preallocated; appending
    /// over a full log forgets the oldest event.
    /// </summary>
    public sealed class EventLog
    {
        public const int DefaultCapacity = 256;
        /// <summary>Largest event frame kept, bytes: every event frame fits one default notification.</summary>
        public const int SlotBytes = FrameHeader.DefaultMaximumFrameBytes;

        private readonly int capacity;
        private readonly byte[] storage;
        private readonly byte[] lengths;
        private uint latestSequence;

        public EventLog() : this(DefaultCapacity) { }

        public EventLog(int capacity)
        {
            this.capacity = capacity < 1 ? 1 : capacity;
            storage = new byte[this.capacity * SlotBytes];
            lengths = new byte[this.capacity];
        }

        public int Capacity { get { return capacity; } }

        /// <summary>Sequence number of the newest event, 0 when none was logged.</summary>
        public uint LatestSequence { get { return latestSequence; } }

        /// <summary>Sequence number of the oldest event still held, 0 when none was logged.</summary>
        public uint OldestSequence
        {
            get
            {
                if (latestSequence == 0) return 0;
                return latestSequence >= (uint)capacity ? latestSequence - (uint)capacity + 1 : 1;
            }
        }

        /// <summary>The sequence number the next Append gives.</summary>
        public uint NextSequence { get { return latestSequence + 1; } }

        /// <summary>The buffer that holds every slot; read a held event at SlotOffset(sequence), LengthOf(sequence) bytes.</summary>
        public byte[] Storage { get { return storage; } }

        public bool Contains(uint sequence)
        {
            return sequence != 0 && sequence <= latestSequence && sequence >= OldestSequence;
        }

        public int SlotOffset(uint sequence)
        {
            return (int)((sequence - 1) % (uint)capacity) * SlotBytes;
        }

        /// <summary>Length of a held event, 0 when it is not held.</summary>
        public int LengthOf(uint sequence)
        {
            return Contains(sequence) ? lengths[(int)((sequence - 1) % (uint)capacity)] : 0;
        }

        /// <summary>Copies an encoded frame (whose sequence field must be NextSequence) into the log; false when it is empty or longer than a slot.</summary>
        public bool Append(byte[] frame, int offset, int length)
        {
            if (frame == null || length <= 0 || length > SlotBytes || offset < 0 || offset > frame.Length - length) return false;
            uint sequence = latestSequence + 1;
            Array.Copy(frame, offset, storage, SlotOffset(sequence), length);
            lengths[(int)((sequence - 1) % (uint)capacity)] = (byte)length;
            latestSequence = sequence;
            return true;
        }
    }
}
