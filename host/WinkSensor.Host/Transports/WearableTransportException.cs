namespace WinkSensor.Host.Transports;

/// <summary>A transport failure with a message written for the user, plus the low-level detail
/// (BlueZ error name, OS error) kept separately for logs.</summary>
public sealed class WearableTransportException : Exception
{
    public WearableTransportException(TransportFailure failure, string message, string? detail = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Detail = detail;
    }

    public TransportFailure Failure { get; }

    /// <summary>Low-level cause, e.g. "org.bluez.Error.NotPermitted: Not paired"; null when there is none.</summary>
    public string? Detail { get; }

    public override string ToString() => Detail is null ? $"{Failure}: {Message}" : $"{Failure}: {Message} ({Detail})";
}
