namespace WinkSensor.Host.Coaching;

/// <summary>The reps of one set of the cause test.</summary>
/// <param name="SetNumber">The set's number in its session (0 when the set was built by hand, e.g. in a test).</param>
public sealed record CauseTestSet(CauseTestRole Role, IReadOnlyList<CauseTestRep> Reps, int SetNumber = 0);
