namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>Whether the host can reach the virtual wearable (leaving range drops the link and refuses connections).</summary>
public interface IWearableRadioRange
{
    void LeaveRange(string reason);

    void ReturnToRange();
}
