namespace WinkSensor.Cli.Support;

/// <summary>
/// While alive, Ctrl+C cancels the given source instead of ending the process, so a recording can stop cleanly and
/// keep everything it has stored.
/// </summary>
internal sealed class CtrlCCancels : IDisposable
{
    private readonly ConsoleCancelEventHandler handler;

    public CtrlCCancels(CancellationTokenSource source)
    {
        handler = (_, e) =>
        {
            e.Cancel = true;
            source.Cancel();
        };
        Console.CancelKeyPress += handler;
    }

    public void Dispose() => Console.CancelKeyPress -= handler;
}
