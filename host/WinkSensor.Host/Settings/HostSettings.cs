using System.Globalization;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Settings;

/// <summary>The host settings as typed values, for the parts that act on them (recorder, transports, alerts).</summary>
/// <param name="DeviceAddress">Bluetooth address or serial port; null = ask / scan.</param>
/// <param name="Transport">auto, ble, serial or loopback.</param>
/// <param name="WinkThresholdDegrees">Pushed to the wearable on connect, deg.</param>
/// <param name="SetRestSeconds">Standing longer than this between reps starts a new set, s.</param>
public sealed record HostSettings(
    string? DeviceAddress,
    string Transport,
    bool AlertSound,
    bool AlertNotification,
    float WinkThresholdDegrees,
    double SetRestSeconds)
{
    public static HostSettings From(HostSettingsFile file)
    {
        var address = file.Get(HostSettingKeys.DeviceAddress);
        return new HostSettings(
            address.Length == 0 ? null : address,
            file.Get(HostSettingKeys.Transport),
            file.Get(HostSettingKeys.AlertSound) == "on",
            file.Get(HostSettingKeys.AlertNotification) == "on",
            float.Parse(file.Get(HostSettingKeys.WinkThresholdDegrees), CultureInfo.InvariantCulture),
            double.Parse(file.Get(HostSettingKeys.SetRestSeconds), CultureInfo.InvariantCulture));
    }

    /// <summary>Recorder settings with this set rest time and the default commit interval.</summary>
    public RecorderSettings ToRecorderSettings() => new() { SetRestSeconds = SetRestSeconds };
}
