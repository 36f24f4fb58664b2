using WinkSensor.Core.Numerics;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Replay;

/// <summary>The device runtime's state after one input row.</summary>
public readonly record struct ReplaySample(
    double TimeSeconds,
    Vector3 SacrumUp,
    Vector3? ThoracolumbarUp,
    double FlexionDegrees,
    SquatPhase Phase,
    bool PelvisOnly,
    bool MotorOn,
    int RepCount);
