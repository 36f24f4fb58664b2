namespace WinkSensor.Host.Settings;

/// <summary>A bad setting key or value, or an unreadable settings file. The message is meant for the user as it is.</summary>
public sealed class HostSettingsException(string message) : Exception(message);
