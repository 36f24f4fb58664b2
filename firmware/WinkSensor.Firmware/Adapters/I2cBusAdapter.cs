using System;
using System.Device.I2c;
using nanoFramework.Hardware.Esp32;
using WinkSensor.Core.Hardware;
using CoreStatus = WinkSensor.Core.Hardware.I2cTransferStatus;
using DeviceStatus = System.Device.I2c.I2cTransferStatus;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// II2cBus over two I2cDevice handles on bus 1 (sacrum 0x68, thoracolumbar 0x69), both at 400 kHz: on one bus
    /// the speed of the last device created wins, so they must match. SpanByte is a ref struct in mscorlib 1.17.11
    /// and cannot be kept in a field, so each call wraps the caller's preallocated arrays (no copy, no array allocated).
    /// </summary>
    internal sealed class I2cBusAdapter : II2cBus
    {
        private readonly I2cDevice sacrum;
        private readonly I2cDevice thoracolumbar;

        public I2cBusAdapter()
        {
            Configuration.SetPinFunction(BoardConfiguration.I2cDataPin, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(BoardConfiguration.I2cClockPin, DeviceFunction.I2C1_CLOCK);
            sacrum = I2cDevice.Create(new I2cConnectionSettings(BoardConfiguration.I2cBusId, BoardConfiguration.SacrumSensorAddress, I2cBusSpeed.FastMode));
            thoracolumbar = I2cDevice.Create(new I2cConnectionSettings(BoardConfiguration.I2cBusId, BoardConfiguration.ThoracolumbarSensorAddress, I2cBusSpeed.FastMode));
        }

        public CoreStatus WriteRead(byte deviceAddress, byte[] writeBuffer, int writeCount, byte[] readBuffer, int readCount)
        {
            I2cDevice device;
            if (deviceAddress == BoardConfiguration.SacrumSensorAddress) device = sacrum;
            else if (deviceAddress == BoardConfiguration.ThoracolumbarSensorAddress) device = thoracolumbar;
            else return CoreStatus.AddressNotAcknowledged;

            I2cTransferResult result;
            try
            {
                if (readCount == 0) result = device.Write(new SpanByte(writeBuffer, 0, writeCount));
                else if (writeCount == 0) result = device.Read(new SpanByte(readBuffer, 0, readCount));
                else result = device.WriteRead(new SpanByte(writeBuffer, 0, writeCount), new SpanByte(readBuffer, 0, readCount));
            }
            catch (Exception)
            {
                return CoreStatus.UnknownError;
            }
            return Translate(result.Status);
        }

        private static CoreStatus Translate(DeviceStatus status)
        {
            switch (status)
            {
                case DeviceStatus.FullTransfer: return CoreStatus.FullTransfer;
                case DeviceStatus.PartialTransfer: return CoreStatus.PartialTransfer;
                case DeviceStatus.SlaveAddressNotAcknowledged: return CoreStatus.AddressNotAcknowledged;
                case DeviceStatus.ClockStretchTimeout: return CoreStatus.ClockStretchTimeout;
                default: return CoreStatus.UnknownError;
            }
        }
    }
}
