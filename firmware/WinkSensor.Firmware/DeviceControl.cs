using WinkSensor.Core.Protocol;
using WinkSensor.Core.Runtime;
using WinkSensor.Firmware.Adapters;

namespace WinkSensor.Firmware
{
    /// <summary>
    /// What the host may ask of the device (IDeviceControl). Requests arrive on the Bluetooth or serial thread; they are
    /// only noted here and carried out by the main loop, which owns the runtime and the motor.
    /// </summary>
    internal sealed class DeviceControl : IDeviceControl
    {
        private readonly object gate = new object();
        private bool midSet;
        private bool recalibrationRequested;
        private bool identifyRequested;
        private HapticPatternKind identifyPattern;
        private bool sleepRequested;

        public long NowMicroseconds { get { return DeviceClock.NowMicroseconds; } }

        /// <summary>Main loop: whether a rep is in progress (recalibration and sleep wait for it to end).</summary>
        public void SetMidSet(bool inRep)
        {
            lock (gate) midSet = inRep;
        }

        public bool Recalibrate()
        {
            lock (gate)
            {
                if (midSet) return false;
                recalibrationRequested = true;
                return true;
            }
        }

        public bool Identify(HapticPatternKind pattern)
        {
            lock (gate)
            {
                if (pattern > HapticPatternKind.WinkTriple) return false;
                identifyPattern = pattern;
                identifyRequested = true;
                return true;
            }
        }

        public bool Sleep()
        {
            lock (gate)
            {
                if (midSet) return false;
                sleepRequested = true;
                return true;
            }
        }

        public bool TakeRecalibration()
        {
            lock (gate)
            {
                bool requested = recalibrationRequested;
                recalibrationRequested = false;
                return requested;
            }
        }

        public bool TakeIdentify(out HapticPatternKind pattern)
        {
            lock (gate)
            {
                pattern = identifyPattern;
                bool requested = identifyRequested;
                identifyRequested = false;
                return requested;
            }
        }

        public bool SleepRequested { get { lock (gate) return sleepRequested; } }
    }
}
