using Tmds.DBus.Protocol;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Transports;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>Desktop notifications go to org.freedesktop.Notifications on the bus given; without a bus they are skipped.</summary>
public sealed class DesktopNotifierTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    [Fact]
    public async Task A_wink_alert_becomes_one_notify_call_with_its_message_and_a_fault_none()
    {
        var received = new TaskCompletionSource<(string Application, string Summary, string Body)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var service = new DBusConnection(new DBusConnectionOptions(bus.Address) { AutoConnect = false });
        await service.ConnectAsync();
        service.AddMethodHandler(new NotificationService(received));
        await service.RequestNameAsync("org.freedesktop.Notifications");

        var notifier = new DesktopNotifier(bus.Address);
        notifier.Notify(Alert(AlertKind.Fault, "sensor lost"));
        notifier.Notify(Alert(AlertKind.Wink, "Wink in rep 3 at 12.0 s"));
        var call = await received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await notifier.DisposeAsync();

        Assert.Equal(("winksensor", "Butt wink", "Wink in rep 3 at 12.0 s"), call);
        Assert.Equal(1, notifier.Sent);
    }

    [Fact]
    public async Task Without_a_reachable_bus_alerts_are_skipped_and_the_reason_is_logged()
    {
        var log = new List<string>();
        var notifier = new DesktopNotifier("unix:path=/nonexistent/winksensor-no-bus", message => { lock (log) log.Add(message); });

        notifier.Notify(Alert(AlertKind.Wink, "Wink in rep 1"));
        await notifier.DisposeAsync();

        Assert.Equal(0, notifier.Sent);
        Assert.Contains(log, line => line.StartsWith("desktop notifications are off", StringComparison.Ordinal));
    }

    private static RecorderAlert Alert(AlertKind kind, string message) =>
        new(kind, message, 0, kind == AlertKind.Wink ? new WinkDetectedEvent(1, 3, 12000, 11800, 9) : null, 0, false);

    private sealed class NotificationService(TaskCompletionSource<(string, string, string)> received) : IPathMethodHandler
    {
        public string Path => "/org/freedesktop/Notifications";

        public bool HandlesChildPaths => false;

        public ValueTask HandleMethodAsync(MethodContext context)
        {
            if (context.Request.MemberAsString != "Notify")
            {
                context.ReplyUnknownMethodError();
                return ValueTask.CompletedTask;
            }
            var reader = context.Request.GetBodyReader();
            var application = reader.ReadString();
            reader.ReadUInt32();
            reader.ReadString();
            var summary = reader.ReadString();
            var body = reader.ReadString();
            using var writer = context.CreateReplyWriter("u");
            writer.WriteUInt32(1);
            context.Reply(writer.CreateMessage());
            received.TrySetResult((application, summary, body));
            return ValueTask.CompletedTask;
        }
    }
}
