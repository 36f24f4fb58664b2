using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Cohort;

/// <summary>One athlete's simulated session in a cohort: everything needed to run <see cref="RecordingSimulator"/>.</summary>
public sealed record CohortMember(
    int Index,
    SimulatedAthlete Athlete,
    WinkDependence WinkDependence,
    SessionScript Script,
    SimulationSettings Settings)
{
    public RecordingSimulator CreateSimulator() => new(Athlete, Script, Settings);
}
