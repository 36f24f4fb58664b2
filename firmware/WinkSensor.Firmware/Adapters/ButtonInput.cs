using System;
using System.Device.Gpio;
using WinkSensor.Core.Input;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// The push button (to ground, pulled up). The GPIO driver debounces; each remaining edge is timestamped and queued
    /// for the main loop, which feeds ButtonGestureRecognizer. Events arrive on the CLR's event thread a few ms to one
    /// 20 ms time slice late, which is small against the 400 ms double-press window and the 1.5 s long press.
    /// </summary>
    internal sealed class ButtonInput
    {
        private readonly GpioPin pin;
        private readonly ButtonEdgeQueue edges;

        public ButtonInput(GpioController gpio, ButtonEdgeQueue edges, int debounceMilliseconds)
        {
            this.edges = edges;
            pin = gpio.OpenPin(BoardConfiguration.ButtonPin, PinMode.InputPullUp);
            pin.DebounceTimeout = TimeSpan.FromMilliseconds(debounceMilliseconds);
            pin.ValueChanged += OnValueChanged;
        }

        public bool IsPressedNow { get { return pin.Read() == PinValue.Low; } }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            edges.Enqueue(DeviceClock.NowMicroseconds, e.ChangeType == PinEventTypes.Falling);
        }
    }
}
