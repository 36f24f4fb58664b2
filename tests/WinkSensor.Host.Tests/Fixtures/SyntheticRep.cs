using WinkSensor.Core.Runtime;
using WinkSensor.Host.Storage;
using static WinkSensor.Host.Tests.Fixtures.SessionFixtureBuilder;

namespace WinkSensor.Host.Tests.Fixtures;

/// <summary>One rep's samples and the device records derived from them (see <see cref="SessionFixtureBuilder"/>).</summary>
public sealed record SyntheticRep(IReadOnlyList<LiveAngleSample> Samples, RepRecord Record, WinkRecord? Wink, double OnsetDepthFraction)
{
    public static SyntheticRep Create(int repNumber, long startMicroseconds, bool winks, long sampleStepMicroseconds)
    {
        var descent = Micro(DescentSeconds);
        var bottomEnd = descent + Micro(BottomSeconds);
        var end = bottomEnd + Micro(AscentSeconds);
        var onset = (long)(descent * WinkOnsetFractionOfDescent);
        var samples = new List<LiveAngleSample>();
        long? alarm = null;
        var onsetFlexion = FlexionAt(onset, descent, bottomEnd, end, winks, onset);
        for (long t = 0; t <= end; t += sampleStepMicroseconds)
        {
            var flexion = FlexionAt(t, descent, bottomEnd, end, winks, onset);
            var phase = t < descent ? SquatPhase.Descent : t < bottomEnd ? SquatPhase.Bottom : SquatPhase.Ascent;
            samples.Add(new LiveAngleSample(startMicroseconds + t, (float)flexion, phase, repNumber - 1));
            if (winks && alarm is null && t >= onset && flexion - onsetFlexion >= AlarmThresholdDegrees)
                alarm = startMicroseconds + t;
        }
        var record = new RepRecord
        {
            RepNumber = repNumber,
            StartMicroseconds = startMicroseconds,
            BottomMicroseconds = startMicroseconds + descent,
            EndMicroseconds = startMicroseconds + end,
            PeakFlexionDegrees = samples.Max(s => s.FlexionDegrees),
            Wink = alarm is not null,
            PelvisOnly = false,
        };
        WinkRecord? wink = alarm is { } alarmTime
            ? new WinkRecord
            {
                RepNumber = repNumber,
                AlarmMicroseconds = alarmTime,
                OnsetMicroseconds = startMicroseconds + onset,
                MagnitudeDegrees = (float)(FlexionAt(alarmTime - startMicroseconds, descent, bottomEnd, end, winks, onset) - onsetFlexion),
            }
            : null;
        return new SyntheticRep(samples, record, wink, Depth(onset, descent));
    }

    /// <summary>Fraction of the bottom depth reached at time t of the descent (half-cosine profile).</summary>
    private static double Depth(long t, long descent) => 0.5 - 0.5 * Math.Cos(Math.PI * Math.Clamp((double)t / descent, 0, 1));

    private static double FlexionAt(long t, long descent, long bottomEnd, long end, bool winks, long onset)
    {
        var depth = t <= descent ? Depth(t, descent) : t <= bottomEnd ? 1 : 1 - Depth(t - bottomEnd, end - bottomEnd);
        var flexion = BaseFlexionDegrees * depth;
        if (winks && t >= onset)
        {
            // The wink rises from its onset to the bottom and unwinds over the ascent.
            var rise = t <= descent ? (double)(t - onset) / (descent - onset) : t <= bottomEnd ? 1 : depth;
            flexion += WinkRiseDegrees * rise;
        }
        return flexion;
    }
}
