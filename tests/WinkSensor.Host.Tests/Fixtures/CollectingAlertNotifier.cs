using WinkSensor.Host.LiveRecording;

namespace WinkSensor.Host.Tests.Fixtures;

/// <summary>Keeps every alert the recorder raises, in order (the recorder notifies from its own threads).</summary>
public sealed class CollectingAlertNotifier(List<RecorderAlert> alerts) : IAlertNotifier
{
    public void Notify(RecorderAlert alert)
    {
        lock (alerts) alerts.Add(alert);
    }
}
