using System.Device.Pwm;
using nanoFramework.Hardware.Esp32;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Numerics;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// The coin motor on a PWM pin. The motor runs from the battery, so the duty cycle is the rated voltage over the
    /// battery voltage: the buzz feels the same on a full and a nearly empty cell. Patterns are timed by the core.
    /// </summary>
    internal sealed class PwmHapticMotor : IHapticMotor
    {
        private readonly PwmChannel channel;
        private float dutyCycle = 0.7f;
        private bool running;

        public PwmHapticMotor()
        {
            Configuration.SetPinFunction(BoardConfiguration.MotorPin, DeviceFunction.PWM1);
            channel = PwmChannel.CreateFromPin(BoardConfiguration.MotorPin, BoardConfiguration.MotorPwmFrequencyHertz, 0);
        }

        /// <summary>False when the pin has no PWM channel (then the wearable runs without buzzing).</summary>
        public bool IsAvailable { get { return channel != null; } }

        /// <summary>Battery voltage, V, measured while the motor is off.</summary>
        public void SetSupplyVolts(float batteryVolts)
        {
            if (!(batteryVolts > 0f)) return;
            dutyCycle = FloatMath.Clamp(BoardConfiguration.MotorRatedVolts / batteryVolts, 0.3f, 1f);
            if (running) channel.DutyCycle = dutyCycle;
        }

        public void Drive(bool on)
        {
            if (channel == null || on == running) return;
            if (on)
            {
                channel.DutyCycle = dutyCycle;
                channel.Start();
            }
            else
            {
                channel.Stop();
            }
            running = on;
        }
    }
}
