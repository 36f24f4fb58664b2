using System.Globalization;
using System.Text.RegularExpressions;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Settings;

/// <summary>Every host setting `winksensor config` knows.</summary>
public static partial class HostSettingKeys
{
    public const string DeviceAddress = "device.address";
    public const string Transport = "transport";
    public const string AlertSound = "alert.sound";
    public const string AlertNotification = "alert.notification";
    public const string WinkThresholdDegrees = "wink.threshold-deg";
    public const string SetRestSeconds = "sets.rest-s";

    public const double MinimumSetRestSeconds = 5, MaximumSetRestSeconds = 600;

    public static IReadOnlyList<HostSetting> All { get; } =
    [
        new(DeviceAddress,
            "Wearable to connect to: a Bluetooth address (AA:BB:CC:DD:EE:FF) or a serial port (/dev/ttyUSB0, COM3); empty = ask",
            "", NormaliseDeviceAddress),
        new(Transport, "How to reach the wearable: auto, ble, serial or loopback", "auto",
            value => OneOf(Transport, value, "auto", "ble", "serial", "loopback")),
        new(AlertSound, "Play a sound on the PC when a wink is detected: on or off", "on", value => OnOff(AlertSound, value)),
        new(AlertNotification, "Show a desktop notification when a wink is detected: on or off", "on",
            value => OnOff(AlertNotification, value)),
        new(WinkThresholdDegrees,
            $"Flexion rise over the rep's reference that raises the alarm, deg ({DeviceConfiguration.MinimumWinkThresholdDegrees:0}–{DeviceConfiguration.MaximumWinkThresholdDegrees:0}); pushed to the wearable on connect",
            DeviceConfiguration.DefaultWinkThresholdDegrees.ToString("0.#", CultureInfo.InvariantCulture),
            value => Number(WinkThresholdDegrees, value, DeviceConfiguration.MinimumWinkThresholdDegrees,
                DeviceConfiguration.MaximumWinkThresholdDegrees, "deg")),
        new(SetRestSeconds, $"Standing longer than this between reps starts a new set, s ({MinimumSetRestSeconds:0}–{MaximumSetRestSeconds:0})",
            "20", value => Number(SetRestSeconds, value, MinimumSetRestSeconds, MaximumSetRestSeconds, "s")),
    ];

    public static HostSetting Find(string key) =>
        All.FirstOrDefault(setting => string.Equals(setting.Key, key.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new HostSettingsException(
            $"Unknown setting '{key}'. Known settings: {string.Join(", ", All.Select(setting => setting.Key))}.");

    private static string NormaliseDeviceAddress(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return "";
        if (BluetoothAddress().IsMatch(trimmed)) return trimmed.ToUpperInvariant();
        if (trimmed.StartsWith("/dev/", StringComparison.Ordinal) && trimmed.Length > 5) return trimmed;
        if (SerialPortName().IsMatch(trimmed)) return trimmed.ToUpperInvariant();
        throw new HostSettingsException(
            $"'{value}' is not a device address for {DeviceAddress}: give a Bluetooth address like AA:BB:CC:DD:EE:FF " +
            "or a serial port like /dev/ttyUSB0 or COM3 (empty to clear).");
    }

    private static string OneOf(string key, string value, params string[] allowed)
    {
        var lowered = value.Trim().ToLowerInvariant();
        if (allowed.Contains(lowered)) return lowered;
        throw new HostSettingsException($"'{value}' is not a valid {key}: use one of {string.Join(", ", allowed)}.");
    }

    private static string OnOff(string key, string value) => value.Trim().ToLowerInvariant() switch
    {
        "on" or "true" or "yes" or "1" => "on",
        "off" or "false" or "no" or "0" => "off",
        _ => throw new HostSettingsException($"'{value}' is not a valid {key}: use on or off."),
    };

    private static string Number(string key, string value, double minimum, double maximum, string unit)
    {
        if (!double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            throw new HostSettingsException($"'{value}' is not a number for {key} (use a decimal point, e.g. 8.5).");
        if (number < minimum || number > maximum)
            throw new HostSettingsException(string.Create(CultureInfo.InvariantCulture,
                $"{key} must be between {minimum:0.##} and {maximum:0.##} {unit}; {number:0.##} {unit} is out of range."));
        return number.ToString("0.###", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")]
    private static partial Regex BluetoothAddress();

    [GeneratedRegex("^(?i)COM[1-9][0-9]{0,2}$")]
    private static partial Regex SerialPortName();
}
