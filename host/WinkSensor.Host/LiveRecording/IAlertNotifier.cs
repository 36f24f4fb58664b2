namespace WinkSensor.Host.LiveRecording;

/// <summary>Where the recorder's alerts go (terminal bell, desktop notification, a test's list). Called on the
/// recorder's frame loop: return quickly and never throw.</summary>
public interface IAlertNotifier
{
    void Notify(RecorderAlert alert);
}
