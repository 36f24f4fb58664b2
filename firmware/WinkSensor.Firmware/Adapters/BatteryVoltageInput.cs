using System.Device.Adc;
using WinkSensor.Core.Power;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>Battery voltage through the board's divider on ADC1 channel 7 (GPIO35), averaged over a few conversions.</summary>
    internal sealed class BatteryVoltageInput
    {
        private const int ConversionsPerReading = 8;
        private readonly AdcChannel channel;

        public BatteryVoltageInput()
        {
            AdcController controller = new AdcController();
            channel = controller.OpenChannel(BoardConfiguration.BatteryAdcChannel);
        }

        /// <summary>Battery volts. Call with the motor off: its current makes the cell sag.</summary>
        public float ReadVolts()
        {
            int sum = 0;
            for (int i = 0; i < ConversionsPerReading; i++) sum += channel.ReadValue();
            float volts = BatteryMonitor.VoltsFromAdc(sum, BoardConfiguration.AdcFullScaleCounts * ConversionsPerReading,
                BoardConfiguration.AdcFullScaleVolts, BoardConfiguration.BatteryDividerRatio);
            return volts * BoardConfiguration.BatteryCalibrationFactor;
        }
    }
}
