using WinkSensor.Core.Protocol;
using WinkSensor.Firmware.Adapters;

namespace WinkSensor.Firmware
{
    /// <summary>The host's requests (ControlRequests) on the device's clock.</summary>
    internal sealed class DeviceControl : ControlRequests
    {
        public override long NowMicroseconds { get { return DeviceClock.NowMicroseconds; } }
    }
}
