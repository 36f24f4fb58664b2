using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Tests.Fixtures;

/// <summary>A set the fixture builder records: how many reps and which of them (1-based within the set) wink.</summary>
public sealed record FixtureSet(int Reps, IReadOnlyCollection<int> WinkingReps, SetConditions Conditions);
