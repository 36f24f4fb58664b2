using System.Threading.Channels;
using Tmds.DBus.Protocol;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.LiveRecording;

/// <summary>
/// Shows wink (and connection-lost) alerts as desktop notifications on Linux: org.freedesktop.Notifications.Notify on
/// the session bus. Alerts are queued and sent from a background task, so the recorder's frame loop never waits for
/// the bus. Without a session bus (no desktop, SSH, CI) or without a notification service it stays silent and says
/// why once through the debug log.
/// </summary>
public sealed class DesktopNotifier : IAlertNotifier, IAsyncDisposable
{
    private const string Service = "org.freedesktop.Notifications";
    private const string ObjectPath = "/org/freedesktop/Notifications";
    /// <summary>How long the notification stays, ms.</summary>
    private const int ExpireMilliseconds = 5000;

    private readonly Channel<RecorderAlert> queue = Channel.CreateBounded<RecorderAlert>(
        new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly string? busAddress;
    private readonly Action<string>? debugLog;
    private readonly Task sender;

    /// <param name="busAddress">Session bus address; default null = DBUS_SESSION_BUS_ADDRESS.</param>
    public DesktopNotifier(string? busAddress = null, Action<string>? debugLog = null)
    {
        this.busAddress = busAddress ?? DBusAddress.Session;
        this.debugLog = debugLog;
        sender = Task.Run(SendAllAsync);
    }

    /// <summary>Notifications the service accepted.</summary>
    public int Sent { get; private set; }

    public void Notify(RecorderAlert alert)
    {
        if (alert.Kind is AlertKind.Wink or AlertKind.ConnectionLost) queue.Writer.TryWrite(alert);
    }

    private async Task SendAllAsync()
    {
        if (string.IsNullOrEmpty(busAddress))
        {
            debugLog?.Invoke("no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set): desktop notifications are off");
            await DiscardAllAsync().ConfigureAwait(false);
            return;
        }
        DBusConnection? connection = null;
        try
        {
            await foreach (var alert in queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (connection is null)
                {
                    connection = new DBusConnection(new DBusConnectionOptions(busAddress) { AutoConnect = false });
                    await connection.ConnectAsync().ConfigureAwait(false);
                }
                await connection.CallMethodAsync(NotifyMessage(connection, alert)).ConfigureAwait(false);
                Sent++;
            }
        }
        catch (Exception problem) when (problem is DBusErrorReplyException or IOException or System.Net.Sockets.SocketException
                                           or DBusConnectionException or InvalidOperationException)
        {
            debugLog?.Invoke("desktop notifications are off: " + problem.Message);
            await DiscardAllAsync().ConfigureAwait(false);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private async Task DiscardAllAsync()
    {
        await foreach (var _ in queue.Reader.ReadAllAsync().ConfigureAwait(false)) { }
    }

    private static MessageBuffer NotifyMessage(DBusConnection connection, RecorderAlert alert)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(Service, ObjectPath, Service, "Notify", "susssasa{sv}i");
        writer.WriteString("winksensor");
        writer.WriteUInt32(0);
        writer.WriteString("dialog-warning");
        writer.WriteString(alert.Kind == AlertKind.Wink ? "Butt wink" : "WinkSensor");
        writer.WriteString(alert.Message);
        writer.WriteArray(Array.Empty<string>());
        var hints = writer.WriteDictionaryStart();
        writer.WriteDictionaryEntryStart();
        writer.WriteString("urgency");
        writer.WriteVariantByte(alert.Kind == AlertKind.Wink ? (byte)2 : (byte)1);
        writer.WriteDictionaryEnd(hints);
        writer.WriteInt32(ExpireMilliseconds);
        return writer.CreateMessage();
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        try
        {
            await sender.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A hung bus must not hold up the end of a recording.
        }
    }
}
