using nanoFramework.Hardware.Esp32;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>Microseconds since boot from the ESP32 high-resolution timer (Thread.Sleep and TickCount move in 10 ms steps).</summary>
    internal static class DeviceClock
    {
        public static long NowMicroseconds { get { return (long)HighResTimer.GetCurrent(); } }
    }
}
