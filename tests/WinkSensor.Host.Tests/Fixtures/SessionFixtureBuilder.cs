using WinkSensor.Core.Runtime;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Tests.Fixtures;

/// <summary>
/// Records synthetic sessions through the real <see cref="SessionRecorder"/>, as the live recorder will.
/// Each rep: 1.2 s descent, 0.3 s at the bottom, 1.0 s ascent, then 1.5 s standing; live angles at 25 Hz.
/// Lumbar flexion rises smoothly to 10 deg at the bottom; a winking rep adds a further 14 deg from its onset at 80 % of
/// the descent. Peak flexion, alarm and onset are computed from the generated curve, not written in by hand.
/// Sets are 60 s apart and tagged through <see cref="SessionRecorder.StartNewSet"/>.
/// </summary>
public sealed class SessionFixtureBuilder(SessionStore store)
{
    public const int SampleRateHertz = 25;
    public const double DescentSeconds = 1.2, BottomSeconds = 0.3, AscentSeconds = 1.0, StandingSeconds = 1.5;
    public const double BaseFlexionDegrees = 10, WinkRiseDegrees = 14, WinkOnsetFractionOfDescent = 0.8;
    public const double AlarmThresholdDegrees = 8, RepDepthCentimetres = 45, RestBetweenSetsSeconds = 60;

    private readonly List<FixtureSet> sets = [];
    private DateTimeOffset start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private DeviceIdentity device = new("WinkSensor A1", "AA:BB:CC:DD:EE:01", "1.0.0");
    private readonly List<FaultCode> faultsAfterFirstRep = [];

    public SessionFixtureBuilder StartedAt(DateTimeOffset time)
    {
        start = time;
        return this;
    }

    public SessionFixtureBuilder From(DeviceIdentity identity)
    {
        device = identity;
        return this;
    }

    public SessionFixtureBuilder Set(int reps, IReadOnlyCollection<int>? winkingReps = null, SetConditions? conditions = null)
    {
        sets.Add(new FixtureSet(reps, winkingReps ?? [], conditions ?? SetConditions.None));
        return this;
    }

    public SessionFixtureBuilder WithFaultAfterFirstRep(FaultCode code)
    {
        faultsAfterFirstRep.Add(code);
        return this;
    }

    /// <summary>Records the session and answers its id. Incomplete sessions are left as a killed recorder leaves them.</summary>
    public long Record(bool complete = true, string? notes = null)
    {
        var clock = new FixedClock(start);
        using var recorder = SessionRecorder.Begin(store, device, new RecorderSettings { Clock = clock });
        long time = 5_000_000; // device clock: 5 s after power-on
        var repNumber = 0;
        var sampleStep = 1_000_000 / SampleRateHertz;
        recorder.Calibrated(time);
        for (var setIndex = 0; setIndex < sets.Count; setIndex++)
        {
            var set = sets[setIndex];
            if (setIndex > 0) time += Micro(RestBetweenSetsSeconds);
            recorder.StartNewSet(set.Conditions);
            for (var repInSet = 1; repInSet <= set.Reps; repInSet++)
            {
                repNumber++;
                var winks = set.WinkingReps.Contains(repInSet);
                var rep = SyntheticRep.Create(repNumber, time, winks, sampleStep);
                foreach (var sample in rep.Samples) recorder.LiveAngle(sample);
                if (rep.Wink is { } wink)
                    recorder.WinkDetected(wink, new WinkOnsetDepth(
                        RepDepthCentimetres * rep.OnsetDepthFraction, rep.OnsetDepthFraction));
                recorder.RepCompleted(rep.Record, new RepKinematics(RepDepthCentimetres, 0.55, 0.9));
                if (repNumber == 1)
                    foreach (var code in faultsAfterFirstRep)
                    {
                        recorder.Fault(code, rep.Record.EndMicroseconds + 1000);
                        recorder.Alert(rep.Record.EndMicroseconds + 2000, AlertKind.Fault, $"Device fault: {code}");
                    }
                if (rep.Wink is { } alarmed)
                    recorder.Alert(alarmed.AlarmMicroseconds, AlertKind.Wink, $"Wink in rep {repNumber}");
                time = rep.Record.EndMicroseconds + Micro(StandingSeconds);
            }
        }
        var elapsed = TimeSpan.FromMicroseconds(time - 5_000_000);
        clock.Now = start + elapsed;
        if (complete) recorder.Complete(notes);
        else recorder.Flush();
        return recorder.SessionId;
    }

    internal static long Micro(double seconds) => (long)Math.Round(seconds * 1_000_000);
}
