namespace WinkSensor.Host.Settings;

/// <summary>One host setting: its key, what it means, its default, and how a typed value is checked.</summary>
/// <param name="Normalise">Answers the value as stored (e.g. "yes" → "on"), or throws
/// <see cref="HostSettingsException"/> with a message saying what is accepted.</param>
public sealed record HostSetting(string Key, string Description, string DefaultValue, Func<string, string> Normalise);
