namespace WinkSensor.Firmware
{
    /// <summary>
    /// Every pin and board constant in one place. Board: Adafruit HUZZAH32 ESP32 Feather (ESP32-WROOM-32/32E,
    /// MCP73831 LiPo charger and a 100k/100k battery divider on GPIO35 already on the board).
    /// hardware/wiring.svg and hardware/README.md show the same numbers; tests/WinkSensor.Core.Tests/Hardware checks
    /// that they agree. Change a pin here and there together.
    /// </summary>
    internal static class BoardConfiguration
    {
        // I2C: both MPU-6050 boards on one bus, 400 kHz (cable and pull-ups: hardware/README.md).
        public const int I2cBusId = 1;
        public const int I2cDataPin = 23;
        public const int I2cClockPin = 22;
        public const byte SacrumSensorAddress = 0x68;        // AD0 low
        public const byte ThoracolumbarSensorAddress = 0x69; // AD0 tied to 3V3

        // Sacrum sensor INT -> ESP32: wakes the device from deep sleep on motion (RTC GPIO, ext1, active high).
        public const int MotionInterruptPin = 33;

        // Coin vibration motor through an NPN transistor (base resistor, flyback diode across the motor).
        public const int MotorPin = 21;
        public const int MotorPwmFrequencyHertz = 20000;
        /// <summary>The motor is fed from the battery (3.0 to 4.2 V); PWM brings its mean voltage to this, V.</summary>
        public const float MotorRatedVolts = 3.0f;

        // Push button to ground, 10 k pull-up to 3V3 (RTC GPIO, ext0 wake on low).
        public const int ButtonPin = 27;

        // Status LED: the board's red LED (active high); an external LED for a case window goes in parallel.
        public const int LedPin = 13;

        // Battery voltage: ADC1 channel 7 is GPIO35 (ADC1: ESP-IDF shares ADC2 with the radio driver).
        public const int BatteryAdcPin = 35;
        public const int BatteryAdcChannel = 7;
        /// <summary>Battery volts per volt at the pin: two equal resistors halve it.</summary>
        public const float BatteryDividerRatio = 2.0f;
        public const int AdcFullScaleCounts = 4095;
        /// <summary>Nominal pin voltage at full scale, V. The ESP32 ADC is not calibrated: set
        /// BatteryCalibrationFactor once from a multimeter reading of the cell.</summary>
        public const float AdcFullScaleVolts = 3.3f;
        public const float BatteryCalibrationFactor = 1.0f;

        // Serial link to the PC. On a classic ESP32 the board's USB bridge is UART0, which carries nanoFramework's
        // debug protocol, so the protocol's serial fallback uses UART1 (COM2) through a 3.3 V USB-serial cable.
        public const string SerialPortName = "COM2";
        public const int SerialTransmitPin = 17;
        public const int SerialReceivePin = 16;
        public const int SerialBaudRate = 115200;

        // Flash records (the internal SPIFFS drive).
        public const string ConfigurationFile = "I:\\winksensor-settings.bin";
        public const string RestartNoteFile = "I:\\winksensor-restart.bin";
        /// <summary>Both sensors' six-position accelerometer calibrations ('W' 'A' record, AccelerometerCalibrationStore).</summary>
        public const string AccelerometerCalibrationFile = "I:\\winksensor-accelerometers.bin";

        public const string BluetoothDeviceName = "WinkSensor";
    }
}
