namespace WinkSensor.Host.LiveRecording;

/// <summary>Hands each alert to several notifiers; one that throws does not stop the others.</summary>
public sealed class AlertFanOut(params IAlertNotifier[] notifiers) : IAlertNotifier
{
    public void Notify(RecorderAlert alert)
    {
        foreach (var notifier in notifiers)
        {
            try
            {
                notifier.Notify(alert);
            }
            catch (Exception)
            {
                // An alert channel failing (terminal closed, bus gone) must not stop the recording.
            }
        }
    }
}
