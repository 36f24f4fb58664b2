namespace WinkSensor.Host.Transports.Bluez;

/// <summary>D-Bus names of the BlueZ API (doc/org.bluez.*.rst in the BlueZ sources).</summary>
public static class BluezNames
{
    public const string Service = "org.bluez";
    public const string Adapter = "org.bluez.Adapter1";
    public const string Device = "org.bluez.Device1";
    public const string GattService = "org.bluez.GattService1";
    public const string GattCharacteristic = "org.bluez.GattCharacteristic1";
    public const string ObjectManager = "org.freedesktop.DBus.ObjectManager";
    public const string Properties = "org.freedesktop.DBus.Properties";
    public const string Introspectable = "org.freedesktop.DBus.Introspectable";

    /// <summary>BlueZ error names the transport turns into user-facing failures.</summary>
    public static class Errors
    {
        public const string NotReady = "org.bluez.Error.NotReady";
        public const string Failed = "org.bluez.Error.Failed";
        public const string NotPermitted = "org.bluez.Error.NotPermitted";
        public const string NotAuthorized = "org.bluez.Error.NotAuthorized";
        public const string AuthenticationFailed = "org.bluez.Error.AuthenticationFailed";
        public const string InProgress = "org.bluez.Error.InProgress";
        public const string DoesNotExist = "org.bluez.Error.DoesNotExist";
        public const string NotSupported = "org.bluez.Error.NotSupported";
        public const string InvalidArguments = "org.bluez.Error.InvalidArguments";
        public const string ServiceUnknown = "org.freedesktop.DBus.Error.ServiceUnknown";
        public const string NameHasNoOwner = "org.freedesktop.DBus.Error.NameHasNoOwner";
        public const string UnknownObject = "org.freedesktop.DBus.Error.UnknownObject";
        public const string UnknownMethod = "org.freedesktop.DBus.Error.UnknownMethod";
    }
}
