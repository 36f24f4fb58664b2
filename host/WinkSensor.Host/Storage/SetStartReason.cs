namespace WinkSensor.Host.Storage;

/// <summary>Why a set began. Stored as text: 'first', 'rest', 'told'.</summary>
public enum SetStartReason
{
    /// <summary>The session's first rep.</summary>
    First,
    /// <summary>The wearer stood longer than <see cref="RecorderSettings.SetRestSeconds"/> since the previous rep.</summary>
    Rest,
    /// <summary>The recorder was told (<see cref="SessionRecorder.StartNewSet"/>).</summary>
    Told,
}
