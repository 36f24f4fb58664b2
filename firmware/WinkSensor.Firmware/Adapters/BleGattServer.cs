using System;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;
using WinkSensor.Core.Protocol;
using Buffer = nanoFramework.Device.Bluetooth.Buffer;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// The WinkSensor GATT service (UUIDs and characteristics in docs/protocol.md, Core.Protocol.GattUuids) as an
    /// IFrameLink: each frame is notified on the characteristic FrameTypes.ChannelOf names. Writes to Control and
    /// Configuration need an encrypted link to a bonded central (the stack refuses others before they reach us);
    /// Status and Configuration are also readable. Notifications longer than ATT_MTU - 3 would be cut silently by the
    /// stack, so MaximumPayloadBytes follows the negotiated MTU and longer frames are refused, not sent.
    /// </summary>
    internal sealed class BleGattServer : IFrameLink
    {
        private const int ChannelCount = 6;
        private const int DefaultAttributeMtu = 23;
        private const int LargestFrameBytes = 244; // data-length-extended ATT_MTU 247 - 3

        private readonly object gate = new object();
        private readonly GattLocalCharacteristic[] characteristics = new GattLocalCharacteristic[ChannelCount];
        private readonly int[] subscribers = new int[ChannelCount];
        private readonly byte[][] outgoing = new byte[ChannelCount][];
        private readonly Buffer[] outgoingBuffers = new Buffer[ChannelCount];
        private readonly byte[] readScratch = new byte[LargestFrameBytes];
        private BluetoothLEServer server;
        private GattServiceProvider provider;
        private ControlHandler control;
        private uint readSequence;
        private bool connected;
        private int attributeMtu = DefaultAttributeMtu;

        public bool IsConnected { get { return connected; } }

        public int MaximumPayloadBytes { get { return attributeMtu - 3; } }

        /// <summary>Builds the service and starts advertising. False when the Bluetooth stack refused the service.</summary>
        public bool Start(ControlHandler controlHandler)
        {
            control = controlHandler;
            for (int i = 0; i < ChannelCount; i++)
            {
                outgoing[i] = new byte[LargestFrameBytes];
                outgoingBuffers[i] = new Buffer(outgoing[i]);
            }

            server = BluetoothLEServer.Instance;
            server.DeviceName = BoardConfiguration.BluetoothDeviceName;
            // No display or keyboard: "Just Works" pairing, encrypted and bonded (not authenticated against a
            // man in the middle, which needs a passkey the wearable cannot show).
            server.Pairing.IOCapabilities = DevicePairingIOCapabilities.NoInputNoOutput;
            server.Pairing.AllowBonding = true;
            server.Pairing.ProtectionLevel = DevicePairingProtectionLevel.Encryption;
            server.Session.SessionStatusChanged += OnSessionStatusChanged;
            server.Session.MaxPduSizeChanged += OnMaxPduSizeChanged;

            GattServiceProviderResult result = GattServiceProvider.Create(new Guid(GattUuids.Service));
            if (result.Error != BluetoothError.Success) return false;
            provider = result.ServiceProvider;
            GattLocalService service = provider.Service;

            if (!Add(service, ProtocolChannel.Events, GattUuids.Events, GattCharacteristicProperties.Notify, "Events", GattProtectionLevel.Plain)) return false;
            if (!Add(service, ProtocolChannel.LiveAngles, GattUuids.LiveAngles, GattCharacteristicProperties.Notify, "Live angles", GattProtectionLevel.Plain)) return false;
            if (!Add(service, ProtocolChannel.RawImu, GattUuids.RawImu, GattCharacteristicProperties.Notify, "Raw IMU", GattProtectionLevel.Plain)) return false;
            if (!Add(service, ProtocolChannel.Control, GattUuids.Control, GattCharacteristicProperties.Write | GattCharacteristicProperties.Notify, "Control", GattProtectionLevel.EncryptionRequired)) return false;
            if (!Add(service, ProtocolChannel.Configuration, GattUuids.Configuration, GattCharacteristicProperties.Read | GattCharacteristicProperties.Write | GattCharacteristicProperties.Notify, "Configuration", GattProtectionLevel.EncryptionRequired)) return false;
            if (!Add(service, ProtocolChannel.Status, GattUuids.Status, GattCharacteristicProperties.Read | GattCharacteristicProperties.Notify, "Status", GattProtectionLevel.Plain)) return false;

            characteristics[(int)ProtocolChannel.Control].WriteRequested += OnHostWrite;
            characteristics[(int)ProtocolChannel.Configuration].WriteRequested += OnHostWrite;
            characteristics[(int)ProtocolChannel.Configuration].ReadRequested += OnConfigurationRead;
            characteristics[(int)ProtocolChannel.Status].ReadRequested += OnStatusRead;

            provider.StartAdvertising(new GattServiceProviderAdvertisingParameters
            {
                DeviceName = BoardConfiguration.BluetoothDeviceName,
                IsConnectable = true,
                IsDiscoverable = true,
            });
            return true;
        }

        public bool TrySend(byte[] frame, int offset, int length)
        {
            if (!connected || length > MaximumPayloadBytes || length > LargestFrameBytes) return false;
            int channel = (int)FrameTypes.ChannelOf(FrameTypes.TypeOf(frame, offset, length));
            GattLocalCharacteristic characteristic = characteristics[channel];
            if (characteristic == null || subscribers[channel] == 0) return false;
            lock (gate)
            {
                Array.Copy(frame, offset, outgoing[channel], 0, length);
                outgoingBuffers[channel].Length = (uint)length;
                // The library allocates its result array and a copy of the value per notification; nothing to avoid here.
                GattClientNotificationResult[] results = characteristic.NotifyValue(outgoingBuffers[channel]);
                return results.Length > 0 && results[0].Status == GattCommunicationStatus.Success;
            }
        }

        private bool Add(GattLocalService service, ProtocolChannel channel, string uuid, GattCharacteristicProperties properties,
            string description, GattProtectionLevel writeProtection)
        {
            GattLocalCharacteristicResult result = service.CreateCharacteristic(new Guid(uuid), new GattLocalCharacteristicParameters
            {
                CharacteristicProperties = properties,
                UserDescription = description,
                WriteProtectionLevel = writeProtection,
                ReadProtectionLevel = GattProtectionLevel.Plain,
            });
            if (result.Error != BluetoothError.Success) return false;
            characteristics[(int)channel] = result.Characteristic;
            result.Characteristic.SubscribedClientsChanged += OnSubscribedClientsChanged;
            return true;
        }

        private void OnSessionStatusChanged(object sender, GattSessionStatusChangedEventArgs args)
        {
            connected = args.Status == GattSessionStatus.Active;
            if (!connected)
            {
                attributeMtu = DefaultAttributeMtu;
                for (int i = 0; i < ChannelCount; i++) subscribers[i] = 0;
            }
        }

        private void OnMaxPduSizeChanged(object sender, EventArgs args)
        {
            int mtu = server.Session.MaxMtuSize;
            attributeMtu = mtu < DefaultAttributeMtu ? DefaultAttributeMtu : (mtu > LargestFrameBytes + 3 ? LargestFrameBytes + 3 : mtu);
        }

        private void OnSubscribedClientsChanged(GattLocalCharacteristic sender, object args)
        {
            for (int i = 0; i < ChannelCount; i++)
                if (characteristics[i] == sender) subscribers[i] = sender.SubscribedClients.Length;
        }

        private void OnHostWrite(GattLocalCharacteristic sender, GattWriteRequestedEventArgs args)
        {
            GattWriteRequest request = args.GetRequest();
            int length = (int)request.Value.Length;
            if (length == 0 || length > LargestFrameBytes)
            {
                request.RespondWithProtocolError(GattProtocolError.InvalidAttributeValueLength);
                return;
            }
            // Host writes are rare (commands, settings): one small array per write is acceptable.
            byte[] frame = new byte[length];
            DataReader.FromBuffer(request.Value).ReadBytes(frame);
            if (request.Option == GattWriteOption.WriteWithResponse) request.Respond();
            // The protocol answers every frame with a CommandResult notification on Control, so the ATT response
            // above only acknowledges receipt. The stack only lets encrypted writes reach this handler; IsPaired
            // additionally says the keys came from a pairing (bond) on this or an earlier connection.
            control.Handle(frame, 0, length, server.Pairing.IsPaired);
        }

        private void OnStatusRead(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            RespondWith(args.GetRequest(), control.EncodeStatus(readScratch, 0, ++readSequence));
        }

        private void OnConfigurationRead(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            RespondWith(args.GetRequest(), control.EncodeConfiguration(readScratch, 0, ++readSequence));
        }

        private void RespondWith(GattReadRequest request, int length)
        {
            if (length <= 0)
            {
                request.RespondWithProtocolError(GattProtocolError.UnlikelyError);
                return;
            }
            byte[] value = new byte[length];
            Array.Copy(readScratch, value, length);
            request.RespondWithValue(new Buffer(value));
        }
    }
}
