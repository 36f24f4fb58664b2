using System;
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Serial;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// The protocol's serial fallback (COBS frames with CRC, Core.Protocol.Serial) on UART1 through a 3.3 V
    /// USB-serial cable. Outgoing bytes are written by SerialFramingLink through TryWrite; Poll hands incoming frames
    /// to the control handler. A cable means physical access, so its writes count as trusted (bondedAndEncrypted).
    /// </summary>
    internal sealed class UsbSerialLink : IByteWriter
    {
        private readonly SerialPort port;
        private readonly SerialFrameDecoder decoder = new SerialFrameDecoder();
        private readonly byte[] received = new byte[64];

        public UsbSerialLink()
        {
            Configuration.SetPinFunction(BoardConfiguration.SerialTransmitPin, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(BoardConfiguration.SerialReceivePin, DeviceFunction.COM2_RX);
            port = new SerialPort(BoardConfiguration.SerialPortName, BoardConfiguration.SerialBaudRate);
            port.WriteTimeout = 50;
            port.Open();
        }

        public bool TryWrite(byte[] buffer, int offset, int length)
        {
            try
            {
                port.Write(buffer, offset, length);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>Main loop: decodes what arrived and hands each complete frame to the control handler.</summary>
        public void Poll(ControlHandler control)
        {
            int available = port.BytesToRead;
            while (available > 0)
            {
                int count = port.Read(received, 0, available < received.Length ? available : received.Length);
                if (count <= 0) return;
                for (int i = 0; i < count; i++)
                    if (decoder.Push(received[i])) control.Handle(decoder.Frame, 0, decoder.FrameLength, true);
                available -= count;
            }
        }
    }
}
