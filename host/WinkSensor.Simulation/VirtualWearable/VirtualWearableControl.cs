using WinkSensor.Core.Protocol;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>The host's requests (ControlRequests, as on the firmware) on the virtual wearable's simulated clock.</summary>
internal sealed class VirtualWearableControl(Func<long> clock) : ControlRequests
{
    public override long NowMicroseconds => clock();
}
