using WinkSensor.Core.Protocol;

namespace WinkSensor.Firmware
{
    /// <summary>
    /// Sends each frame over Bluetooth and the serial cable alike; taken when either link takes it. A host that
    /// connects later asks for the events it missed (ResendEventsAfter), so nothing depends on which link was up.
    /// </summary>
    internal sealed class LinkFanOut : IFrameLink
    {
        private readonly IFrameLink first;
        private readonly IFrameLink second;

        public LinkFanOut(IFrameLink first, IFrameLink second)
        {
            this.first = first;
            this.second = second;
        }

        public int MaximumPayloadBytes
        {
            get
            {
                int a = first.MaximumPayloadBytes;
                int b = second == null ? 0 : second.MaximumPayloadBytes;
                return a > b ? a : b;
            }
        }

        public bool TrySend(byte[] frame, int offset, int length)
        {
            bool taken = length <= first.MaximumPayloadBytes && first.TrySend(frame, offset, length);
            if (second != null && length <= second.MaximumPayloadBytes && second.TrySend(frame, offset, length)) taken = true;
            return taken;
        }
    }
}
