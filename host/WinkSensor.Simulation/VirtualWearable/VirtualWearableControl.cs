using WinkSensor.Core.Protocol;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>
/// What the host may ask of the virtual wearable (as the firmware's DeviceControl): requests are only noted here and
/// carried out by the wearable's sample loop, which owns the device runtime.
/// </summary>
internal sealed class VirtualWearableControl(Func<long> clock) : IDeviceControl
{
    private readonly object gate = new();
    private bool repInProgress;
    private bool recalibrationRequested;
    private bool sleepRequested;

    public long NowMicroseconds => clock();

    public int IdentifyRequests { get; private set; }

    public void SetRepInProgress(bool inRep)
    {
        lock (gate) repInProgress = inRep;
    }

    public bool Recalibrate()
    {
        lock (gate)
        {
            if (repInProgress) return false;
            recalibrationRequested = true;
            return true;
        }
    }

    public bool Identify(HapticPatternKind pattern)
    {
        lock (gate) IdentifyRequests++;
        return true;
    }

    public bool Sleep()
    {
        lock (gate)
        {
            if (repInProgress) return false;
            sleepRequested = true;
            return true;
        }
    }

    public bool TakeRecalibration()
    {
        lock (gate)
        {
            bool requested = recalibrationRequested;
            recalibrationRequested = false;
            return requested;
        }
    }

    public bool SleepRequested { get { lock (gate) return sleepRequested; } }
}
