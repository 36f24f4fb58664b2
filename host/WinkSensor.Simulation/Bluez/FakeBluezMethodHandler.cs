using Tmds.DBus.Protocol;

namespace WinkSensor.Simulation.Bluez;

/// <summary>
/// The one handler registered for "/" and everything below it. An exception escaping a Tmds.DBus handler
/// would drop the whole bus connection, so every failure becomes an org.bluez.Error.Failed reply and is recorded.
/// </summary>
internal sealed class FakeBluezMethodHandler(FakeBluez fake) : IPathMethodHandler
{
    public string Path => "/";

    public bool HandlesChildPaths => true;

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        try
        {
            fake.Handle(context);
        }
        catch (Exception ex)
        {
            fake.RecordFailure(ex);
            if (!context.ReplySent && !context.NoReplyExpected)
            {
                context.ReplyError("org.bluez.Error.Failed", ex.Message);
            }
        }

        return ValueTask.CompletedTask;
    }
}
