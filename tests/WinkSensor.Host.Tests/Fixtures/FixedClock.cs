namespace WinkSensor.Host.Tests.Fixtures;

/// <summary>A wall clock that reads a set time, so fixture sessions get known start dates.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
