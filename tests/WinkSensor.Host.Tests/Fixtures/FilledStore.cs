using WinkSensor.Core.Runtime;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Tests.Fixtures;

/// <summary>
/// A store in a temporary directory holding three sessions recorded through the fixture builder:
/// 1 (1 Nov): two sets, 5 + 4 reps, winks in set 1 reps 3 and 5 and set 2 rep 4, one fault; complete.
/// 2 (8 Nov): one set of 6 reps at 80 kg, one wink (rep 6); complete.
/// 3 (15 Nov): one set of 3 reps, wink in rep 2; cut off (incomplete).
/// </summary>
public sealed class FilledStore : IDisposable
{
    public FilledStore()
    {
        Store = SessionStore.OpenInDataDirectory(Directory.Path);
        FirstId = new SessionFixtureBuilder(Store)
            .StartedAt(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero))
            .Set(5, [3, 5], new SetConditions(StanceWidthCentimetres: 45, LoadKilograms: 60, Shoes: "flat, \"minimal\""))
            .Set(4, [4], new SetConditions(HeelsRaised: true, LoadKilograms: 60))
            .WithFaultAfterFirstRep(FaultCode.ThoracolumbarSensorRecovered)
            .Record(notes: "first session");
        SecondId = new SessionFixtureBuilder(Store)
            .StartedAt(new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.Zero))
            .Set(6, [6], new SetConditions(LoadKilograms: 80))
            .Record();
        IncompleteId = new SessionFixtureBuilder(Store)
            .StartedAt(new DateTimeOffset(2026, 11, 15, 9, 0, 0, TimeSpan.Zero))
            .Set(3, [2])
            .Record(complete: false);
    }

    public TemporaryDirectory Directory { get; } = new();
    public SessionStore Store { get; }
    public long FirstId { get; }
    public long SecondId { get; }
    public long IncompleteId { get; }

    public void Dispose() => Directory.Dispose();
}
