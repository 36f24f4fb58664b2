using System.Threading;
using nanoFramework.Hardware.Esp32;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// Deep sleep with two wake sources: the button (ext0, GPIO27 low) and the sacrum sensor's motion interrupt
    /// (ext1, GPIO33 high; the MPU-6050 drives INT push-pull, active high, latched). The sacrum sensor stays in
    /// accelerometer-only cycle mode to watch for motion (about 20 uA at 5 Hz); the thoracolumbar sensor, whose INT is
    /// not wired, goes to full sleep (PWR_MGMT_1 SLEEP). Waking is a reset: Program starts again from Main, and the
    /// drivers' Start brings both sensors back (DEVICE_RESET).
    /// </summary>
    internal static class DeepSleepController
    {
        /// <summary>Movement on any axis that wakes the device, mg; a step or picking the belt up, not breathing.</summary>
        public const int WakeThresholdMilliG = 96;
        public const int WakeDurationMilliseconds = 20;

        /// <summary>Arms the wake sources and sleeps; never returns. If the sacrum sensor cannot be armed (lost),
        /// the device sleeps with the button as its only wake source.</summary>
        public static void EnterDeepSleep(II2cBus bus, Mpu6050Driver sacrum)
        {
            PutSensorToSleep(bus, BoardConfiguration.ThoracolumbarSensorAddress);
            bool motionArmed = sacrum != null
                && sacrum.ConfigureWakeOnMotion(WakeThresholdMilliG, WakeDurationMilliseconds) == Mpu6050Error.None;
            if (motionArmed)
            {
                Thread.Sleep(Mpu6050Driver.WakeOnMotionSettleMilliseconds + 10); // 10 ms tick: sleep at least one more
                motionArmed = sacrum.EnterLowPowerMotionDetection(MotionWakeRate.Wake5Hertz) == Mpu6050Error.None;
                // A latched interrupt from earlier motion would wake us at once: read INT_STATUS to clear it.
                byte ignored;
                sacrum.ReadInterruptStatus(out ignored);
            }

            Sleep.EnableWakeupByPin(PinMask(BoardConfiguration.ButtonPin), 0);
            if (motionArmed)
                Sleep.EnableWakeupByMultiPins(PinMask(BoardConfiguration.MotionInterruptPin), Sleep.WakeupMode.AnyHigh);
            Sleep.StartDeepSleep();
        }

        /// <summary>What woke us, for the serial log: button, motion, or an ordinary power-up/reset.</summary>
        public static string DescribeWakeCause()
        {
            switch (Sleep.GetWakeupCause())
            {
                case Sleep.WakeupCause.Ext0: return "woke by button";
                case Sleep.WakeupCause.Ext1: return "woke by motion";
                default: return "power-up or reset";
            }
        }

        private static void PutSensorToSleep(II2cBus bus, byte address)
        {
            byte[] write = { Mpu6050Registers.PowerManagement1, Mpu6050Registers.Sleep };
            bus.WriteRead(address, write, 2, null, 0); // a lost sensor simply does not answer; nothing to do then
        }

        private static Sleep.WakeupGpioPin PinMask(int gpio)
        {
            return (Sleep.WakeupGpioPin)((ulong)1 << gpio);
        }
    }
}
