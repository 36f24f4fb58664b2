using System.Device.Gpio;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>The status LED (active high). Writes the pin only when the state changes.</summary>
    internal sealed class StatusLedOutput
    {
        private readonly GpioPin pin;
        private bool lit;

        public StatusLedOutput(GpioController gpio)
        {
            pin = gpio.OpenPin(BoardConfiguration.LedPin, PinMode.Output);
            pin.Write(PinValue.Low);
        }

        public void Show(bool on)
        {
            if (on == lit) return;
            lit = on;
            pin.Write(on ? PinValue.High : PinValue.Low);
        }
    }
}
