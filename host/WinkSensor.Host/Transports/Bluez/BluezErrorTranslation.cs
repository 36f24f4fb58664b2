using System.Globalization;
using System.Text.RegularExpressions;
using Tmds.DBus.Protocol;

namespace WinkSensor.Host.Transports.Bluez;

/// <summary>Turns BlueZ's D-Bus error replies into <see cref="WearableTransportException"/>s a user can act on.</summary>
public static partial class BluezErrorTranslation
{
    public static string Describe(DBusErrorReplyException error) => $"{error.ErrorName}: {error.ErrorMessage}";

    /// <summary>True for the errors BlueZ gives when the link lacks pairing/encryption (see create_gatt_dbus_error
    /// in BlueZ src/gatt-client.c: ATT 0x05/0x0F/0x0C → NotPermitted "Not paired"; ATT 0x08 → NotAuthorized).</summary>
    public static bool IsNotPaired(DBusErrorReplyException error) =>
        error.ErrorName is BluezNames.Errors.NotAuthorized or BluezNames.Errors.AuthenticationFailed
        || (error.ErrorName == BluezNames.Errors.NotPermitted
            && error.ErrorMessage.Contains("paired", StringComparison.OrdinalIgnoreCase))
        || AttErrorOf(error) is WriteRejection.InsufficientAuthentication or WriteRejection.InsufficientEncryption;

    /// <summary>BlueZ reports device-defined ATT errors as "Operation failed with ATT error: 0x80".</summary>
    public static byte? AttErrorOf(DBusErrorReplyException error)
    {
        var match = AttErrorPattern().Match(error.ErrorMessage ?? "");
        return match.Success ? byte.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture) : null;
    }

    public static bool IsNoBluez(DBusErrorReplyException error) =>
        error.ErrorName is BluezNames.Errors.ServiceUnknown or BluezNames.Errors.NameHasNoOwner;

    public static WearableTransportException NotPaired(string address, DBusErrorReplyException error) =>
        new(TransportFailure.NotPaired,
            $"The wearable {address} refused access because it is not paired with this computer. "
            + $"Pair it (bluetoothctl pair {address}), then connect again.", Describe(error), error);

    public static WearableTransportException NoBluez(DBusErrorReplyException error) =>
        new(TransportFailure.NoAdapter,
            "BlueZ (bluetoothd) is not running on the system bus, so no Bluetooth adapter is available. "
            + "Start the bluetooth service, or connect over USB instead.", Describe(error), error);

    public static WearableTransportException WriteFailed(string address, WearableChannel channel, DBusErrorReplyException error)
    {
        if (IsNotPaired(error))
        {
            return NotPaired(address, error);
        }

        if (AttErrorOf(error) is byte code)
        {
            return WriteRejection.ToException(channel, code, Describe(error));
        }

        return new WearableTransportException(TransportFailure.WriteRejected,
            $"Writing the {channel} frame to {address} failed: {error.ErrorMessage}", Describe(error), error);
    }

    [GeneratedRegex(@"ATT error: 0x([0-9a-fA-F]{2})")]
    private static partial Regex AttErrorPattern();
}
