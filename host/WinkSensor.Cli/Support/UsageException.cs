namespace WinkSensor.Cli.Support;

/// <summary>The user asked for something that does not exist or gave a bad value: message shown, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
