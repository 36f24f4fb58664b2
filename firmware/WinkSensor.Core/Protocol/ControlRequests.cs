using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// What the host may ask of the device (IDeviceControl), kept as a mailbox: requests arrive on the Bluetooth or
    /// serial thread and are only noted here; the main loop, which owns the runtime and the motor, takes them.
    /// Recalibration, the six-position accelerometer calibration and sleep are refused while a rep is in progress. The firmware and the virtual wearable differ only
    /// in their clock.
    /// </summary>
    public abstract class ControlRequests : IDeviceControl
    {
        private readonly object gate = new object();
        private bool repInProgress;
        private bool recalibrationRequested;
        private bool identifyRequested;
        private HapticPatternKind identifyPattern;
        private bool sleepRequested;
        private bool accelerometerCalibrationStartRequested;
        private int accelerometerCalibrationTimeLimitSeconds;
        private bool accelerometerCalibrationCancelRequested;

        /// <summary>Device time now, µs.</summary>
        public abstract long NowMicroseconds { get; }

        /// <summary>Main loop: whether a rep is in progress (recalibration and sleep wait for it to end).</summary>
        public void SetRepInProgress(bool inRep)
        {
            lock (gate) repInProgress = inRep;
        }

        public bool Recalibrate()
        {
            lock (gate)
            {
                if (repInProgress) return false;
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
                if (repInProgress) return false;
                sleepRequested = true;
                return true;
            }
        }

        /// <summary>Notes a start of the six-position calibration; a later cancel or start replaces it.</summary>
        public bool StartAccelerometerCalibration(int timeLimitSeconds)
        {
            lock (gate)
            {
                if (repInProgress) return false;
                accelerometerCalibrationStartRequested = true;
                accelerometerCalibrationTimeLimitSeconds = timeLimitSeconds;
                accelerometerCalibrationCancelRequested = false;
                return true;
            }
        }

        /// <summary>Notes a cancel of the six-position calibration; it replaces a start not yet taken.</summary>
        public bool CancelAccelerometerCalibration()
        {
            lock (gate)
            {
                accelerometerCalibrationCancelRequested = true;
                accelerometerCalibrationStartRequested = false;
                return true;
            }
        }

        /// <summary>Main loop: true once for each start of the six-position calibration asked for, with its time limit, s (0 = default).</summary>
        public bool TakeAccelerometerCalibrationStart(out int timeLimitSeconds)
        {
            lock (gate)
            {
                timeLimitSeconds = accelerometerCalibrationTimeLimitSeconds;
                return TakeFlag(ref accelerometerCalibrationStartRequested);
            }
        }

        /// <summary>Main loop: true once for each cancel of the six-position calibration asked for.</summary>
        public bool TakeAccelerometerCalibrationCancel()
        {
            lock (gate)
            {
                return TakeFlag(ref accelerometerCalibrationCancelRequested);
            }
        }

        /// <summary>Main loop: true once for each recalibration asked for.</summary>
        public bool TakeRecalibration()
        {
            lock (gate)
            {
                return TakeFlag(ref recalibrationRequested);
            }
        }

        /// <summary>Main loop: true once for each identify buzz asked for, with its pattern.</summary>
        public bool TakeIdentify(out HapticPatternKind pattern)
        {
            lock (gate)
            {
                pattern = identifyPattern;
                return TakeFlag(ref identifyRequested);
            }
        }

        /// <summary>Answers the flag and clears it (call with the gate held).</summary>
        private static bool TakeFlag(ref bool flag)
        {
            bool wasSet = flag;
            flag = false;
            return wasSet;
        }

        /// <summary>True once the host has asked the device to sleep.</summary>
        public bool SleepRequested { get { lock (gate) return sleepRequested; } }
    }
}
