namespace WinkSensor.Core.Tests.Signals;

/// <summary>Truth about one scripted squat, in s from the start of the recording.</summary>
public sealed record SquatTruth(double Start, double Bottom, double End, double WinkDegrees, double WinkOnset, double WinkRiseSeconds)
{
    public bool Wink => WinkDegrees > 0;

    /// <summary>When the wink's extra flexion (the pelvis tucking under) reaches the threshold, s.</summary>
    public double WinkCrossing(double thresholdDegrees) =>
        WinkOnset + WinkRiseSeconds * Math.Acos(1 - 2 * thresholdDegrees / WinkDegrees) / Math.PI;
}

/// <summary>
/// A scripted sequence of movements (stand, squat, stoop, sit, walk) giving the body pose at any time.
/// Build with the fluent methods, then hand it to SyntheticImu.
/// </summary>
public sealed class MotionScript
{
    private readonly List<(double Start, double Duration, Func<double, BodyPose> Pose)> parts = [];
    private readonly List<SquatTruth> squats = [];

    public double DurationSeconds { get; private set; }

    public IReadOnlyList<SquatTruth> Squats => squats;

    public BodyPose PoseAt(double t)
    {
        foreach (var part in parts)
            if (t < part.Start + part.Duration) return part.Pose(Math.Max(0, t - part.Start));
        return parts.Count == 0 ? default : parts[^1].Pose(parts[^1].Duration);
    }

    public MotionScript Stand(double seconds) => Add(seconds, _ => default);

    public MotionScript Squat(SquatSpec spec)
    {
        double descent = spec.DurationSeconds * spec.DescentShare;
        double ascent = spec.DurationSeconds - descent;
        double start = DurationSeconds;
        // The time p reaches WinkStartProgress: invert the cosine ease.
        double winkStartTime = descent * Math.Acos(1 - 2 * spec.WinkStartProgress) / Math.PI;
        squats.Add(new SquatTruth(start, start + descent, start + descent + spec.PauseSeconds + ascent,
            spec.WinkDegrees, start + winkStartTime, spec.WinkRiseSeconds));
        return Add(descent + spec.PauseSeconds + ascent, t =>
        {
            double p;
            double wink = 0;
            double winkFull = spec.WinkDegrees * Ease(Math.Clamp((t - winkStartTime) / spec.WinkRiseSeconds, 0, 1));
            if (t < descent) { p = Ease(t / descent); wink = winkFull; }
            else if (t < descent + spec.PauseSeconds) { p = 1; wink = winkFull; }
            else
            {
                p = 1 - Ease((t - descent - spec.PauseSeconds) / ascent);
                wink = winkFull * p; // a wink still ramping at the turn keeps growing, then fades as the wearer rises
            }
            double pelvis = spec.PelvisRangeDegrees * p - wink;
            double trunk = (spec.PelvisRangeDegrees + spec.GradualFlexionDegrees) * p;
            return new BodyPose(pelvis, trunk, -spec.DepthMeters * p, 0, -spec.BackwardHipMeters * p);
        });
    }

    /// <summary>Bend forward with nearly straight legs to pick something up, then come back up.</summary>
    public MotionScript Stoop(double seconds = 3, double trunkDegrees = 95, double pelvisDegrees = 60, double dropMeters = 0.06) =>
        Add(seconds, t =>
        {
            double p = Math.Sin(Math.PI * t / seconds);
            p *= p;
            return new BodyPose(pelvisDegrees * p, trunkDegrees * p, -dropMeters * p, 0, -0.1 * p);
        });

    /// <summary>Sit down on a chair (trunk leans forward then back upright, pelvis tilts back), sit, stand up.</summary>
    public MotionScript SitDownAndStandUp(double downSeconds = 1.6, double seatedSeconds = 3, double upSeconds = 1.6, double depthMeters = 0.45)
    {
        double total = downSeconds + seatedSeconds + upSeconds;
        return Add(total, t =>
        {
            if (t < downSeconds)
            {
                double s = t / downSeconds;
                double p = Ease(s);
                double lean = Math.Sin(Math.PI * s);
                return new BodyPose(20 * lean - 10 * p, 35 * lean, -depthMeters * p, 0, -0.2 * p);
            }
            if (t < downSeconds + seatedSeconds) return new BodyPose(-10, 0, -depthMeters, 0, -0.2);
            double u = (t - downSeconds - seatedSeconds) / upSeconds;
            double q = 1 - Ease(u);
            double leanUp = Math.Sin(Math.PI * u);
            return new BodyPose(25 * leanUp - 10 * q, 40 * leanUp, -depthMeters * q, 0, -0.2 * q);
        });
    }

    /// <summary>Walking: the pelvis bobs 2.5 cm twice per stride and both segments sway a few degrees.</summary>
    public MotionScript Walk(double seconds, double stepsPerSecond = 1.8) =>
        Add(seconds, t =>
        {
            double phase = 2 * Math.PI * stepsPerSecond * t;
            double fade = Math.Min(1, Math.Min(t, seconds - t) / 0.5);
            return new BodyPose(3 * Math.Sin(phase) * fade, (2 * Math.Sin(phase + 0.5) + 3) * fade,
                0.0125 * (Math.Cos(phase) - 1) * fade, 4 * Math.Sin(phase / 2) * fade, 0);
        });

    public MotionScript Add(double seconds, Func<double, BodyPose> pose)
    {
        parts.Add((DurationSeconds, seconds, pose));
        DurationSeconds += seconds;
        return this;
    }

    /// <summary>0 -> 1 with zero slope at both ends.</summary>
    public static double Ease(double s) => 0.5 - 0.5 * Math.Cos(Math.PI * Math.Clamp(s, 0, 1));
}
