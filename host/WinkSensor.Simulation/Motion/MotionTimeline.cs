using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// The whole recording as a sequence of motion segments built from an athlete and a session script, with the
/// per-rep variation drawn from the seed. Starts with a standing calibration and ends with 1.5 s standing.
/// </summary>
public sealed class MotionTimeline
{
    private readonly List<IMotionSegment> _segments = [];
    private readonly BodySway _sway;
    private int _cursor;

    public MotionTimeline(SimulatedAthlete athlete, SessionScript script, long seed, double calibrationS = 3, double swayScale = 1)
    {
        Athlete = athlete;
        Geometry = SkeletonGeometry.ForHeight(athlete.HeightM);
        _sway = new BodySway(SimulationRandom.Derive(seed, "sway"), swayScale);
        var repRandom = SimulationRandom.Derive(seed, "reps");
        var activityRandom = SimulationRandom.Derive(seed, "activities");

        double t = 0, x = 0;
        double hipHeight = Geometry.StandingHipHeightM;
        Add(new StandingMotion(0, calibrationS, x, hipHeight, ActivityKind.Calibration));
        Spans.Add(new ActivitySpan(ActivityKind.Calibration, 0, calibrationS, -1, 0));
        t = calibrationS;
        int repNumber = 0, setNumber = 0;
        for (int itemIndex = 0; itemIndex < script.Items.Count; itemIndex++)
        {
            double itemStart = t;
            switch (script.Items[itemIndex])
            {
                case StandStill stand:
                    Add(new StandingMotion(t, t + stand.DurationS, x, hipHeight, ActivityKind.Standing));
                    t += stand.DurationS;
                    Spans.Add(new ActivitySpan(ActivityKind.Standing, itemStart, t, itemIndex, 0));
                    break;
                case SquatSet set:
                    setNumber++;
                    t = AddSquatSet(set, setNumber, ref repNumber, t, x, repRandom);
                    Spans.Add(new ActivitySpan(ActivityKind.Squat, itemStart, t, itemIndex, setNumber));
                    break;
                case Walk walk:
                    var walking = new WalkMotion(t, walk.DurationS, walk.SpeedMPerS, x, hipHeight);
                    Add(walking);
                    t = walking.EndS;
                    x += walking.DistanceM;
                    Spans.Add(new ActivitySpan(ActivityKind.Walk, itemStart, t, itemIndex, 0));
                    break;
                case StoopPickUp stoop:
                    for (int i = 0; i < stoop.Count; i++)
                    {
                        if (i > 0) t = AddStanding(t, activityRandom.Uniform(1.0, 2.0), x, hipHeight);
                        var motion = new StoopMotion(t, x, Geometry, activityRandom);
                        Add(motion);
                        Spans.Add(new ActivitySpan(ActivityKind.Stoop, t, motion.EndS, itemIndex, 0));
                        t = motion.EndS;
                    }
                    break;
                case SitToStand sit:
                    for (int i = 0; i < sit.Count; i++)
                    {
                        if (i > 0) t = AddStanding(t, activityRandom.Uniform(1.0, 2.0), x, hipHeight);
                        var motion = new SitToStandMotion(t, x, Geometry, activityRandom);
                        Add(motion);
                        Spans.Add(new ActivitySpan(ActivityKind.SitToStand, t, motion.EndS, itemIndex, 0));
                        t = motion.EndS;
                    }
                    break;
                default:
                    throw new ArgumentException($"unknown session item {script.Items[itemIndex].GetType().Name}");
            }
        }
        t = AddStanding(t, 1.5, x, hipHeight);
        DurationS = t;
    }

    public SimulatedAthlete Athlete { get; }
    public SkeletonGeometry Geometry { get; }
    public double DurationS { get; }
    public IReadOnlyList<IMotionSegment> Segments => _segments;
    public List<SquatRepMotion> Reps { get; } = [];
    public List<ActivitySpan> Spans { get; } = [];

    /// <summary>The body pose at a time, s, sway included; before 0 and after the end the person stands.</summary>
    public BodyPose PoseAt(double timeS)
    {
        double clamped = Math.Clamp(timeS, 0, DurationS);
        IMotionSegment segment = FindSegment(clamped);
        BodyPose pose = segment.PoseAt(clamped);
        _sway.AddTo(ref pose, timeS);
        return pose;
    }

    private IMotionSegment FindSegment(double t)
    {
        if (_cursor >= _segments.Count) _cursor = 0;
        if (t < _segments[_cursor].StartS) _cursor = 0;
        while (_cursor < _segments.Count - 1 && t >= _segments[_cursor].EndS) _cursor++;
        return _segments[_cursor];
    }

    private void Add(IMotionSegment segment)
    {
        if (segment.EndS > segment.StartS) _segments.Add(segment);
    }

    private double AddStanding(double t, double durationS, double x, double hipHeight)
    {
        Add(new StandingMotion(t, t + durationS, x, hipHeight, ActivityKind.Standing));
        return t + durationS;
    }

    private double AddSquatSet(SquatSet set, int setNumber, ref int repNumber, double t, double x, SimulationRandom random)
    {
        var posture = new SquatPostureModel(Athlete, Geometry, set.Stance, set.LoadKg);
        double hipHeight = Geometry.StandingHipHeightM;
        t = AddStanding(t, set.SettleS, x, hipHeight);
        for (int i = 0; i < set.Reps; i++)
        {
            repNumber++;
            double movingS = (set.RepDurationS ?? Athlete.RepDurationS) * Jitter(random, 0.06, 0.15);
            double pauseS = (set.BottomPauseS ?? Athlete.BottomPauseS) * Jitter(random, 0.1, 0.3);
            var plan = new SquatRepPlan
            {
                RepNumber = repNumber,
                SetNumber = setNumber,
                RepInSet = i + 1,
                StartS = t,
                DescentS = 0.55 * movingS,
                BottomPauseS = pauseS,
                AscentS = 0.45 * movingS,
                BottomThighDeg = set.DepthForRep(i) + Math.Clamp(random.Gaussian(0, 2), -5, 5),
                WinkHipFlexionDeg = posture.WinkHipFlexionDeg + Math.Clamp(random.Gaussian(0, 1.5), -4, 4),
                WinkMagnitudeDeg = Athlete.WinkMagnitudeDeg * Jitter(random, 0.12, 0.3),
                WinkRiseS = Athlete.WinkRiseS * Jitter(random, 0.15, 0.4),
                LoadKg = set.LoadKg,
                Stance = set.Stance,
                OriginXM = x,
            };
            var rep = new SquatRepMotion(plan, posture, Geometry);
            Add(rep);
            Reps.Add(rep);
            t = rep.EndS;
            double restS = i < set.Reps - 1
                ? (set.RestBetweenRepsS ?? Athlete.RestBetweenRepsS) * random.Uniform(0.8, 1.2)
                : set.FinishS;
            t = AddStanding(t, restS, x, hipHeight);
        }
        return t;
    }

    /// <summary>A multiplier 1 + relative × N(0,1), clamped to 1 ± limit.</summary>
    private static double Jitter(SimulationRandom random, double relative, double limit) =>
        1 + Math.Clamp(random.Gaussian(0, relative), -limit, limit);
}
