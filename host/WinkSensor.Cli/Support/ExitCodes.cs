namespace WinkSensor.Cli.Support;

internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The store or settings file cannot be used, or a file cannot be written; a calibration did not complete.</summary>
    public const int Failure = 1;
    /// <summary>Bad arguments: unknown session, bad format, bad setting value, unknown option.</summary>
    public const int Usage = 2;
    /// <summary>The user cancelled (Ctrl+C) something that does not finish on its own (calibrate).</summary>
    public const int Cancelled = 3;
}
