using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Motion;

namespace WinkSensor.Simulation.Recording;

/// <summary>Measures each rep's truth on the bone kinematics (sway included, no sensor effects) at 1 kHz.</summary>
public static class RepTruthAnalyzer
{
    private const double StepS = 0.001;

    /// <summary>Upward speed bounding the concentric phase at both ends, m/s: the device's default
    /// (VerticalMotionSettings.ConcentricBoundarySpeedMetersPerSecond), so truth and measurement share one definition.</summary>
    public const double ConcentricBoundarySpeedMPerS = 0.05;

    public static RepTruth Analyze(SquatRepMotion rep, MotionTimeline timeline, double thresholdDeg)
    {
        SquatRepPlan plan = rep.Plan;
        SkeletonGeometry geometry = timeline.Geometry;
        int count = (int)Math.Round((plan.EndS - plan.StartS) / StepS) + 1;
        var time = new double[count];
        var flexion = new double[count];
        var pelvis = new double[count];
        var hipZ = new double[count];
        var sacrumZ = new double[count];
        for (int i = 0; i < count; i++)
        {
            double t = plan.StartS + i * StepS;
            BodyPose pose = timeline.PoseAt(t);
            time[i] = t;
            flexion[i] = pose.FlexionDeg;
            pelvis[i] = pose.PelvisPitchDeg;
            hipZ[i] = pose.HipCentre.Z;
            sacrumZ[i] = BodyForwardKinematics.Sacrum(pose, geometry).PositionM.Z;
        }
        int Index(double t) => Math.Clamp((int)Math.Round((t - plan.StartS) / StepS), 0, count - 1);

        double standingHip = hipZ[0];
        int lowest = ArgMin(hipZ, 0, count);
        double depthM = standingHip - hipZ[lowest];
        double sacrumDropM = sacrumZ[0] - Min(sacrumZ, 0, count);

        int halfDepth = 0;
        while (halfDepth < lowest && standingHip - hipZ[halfDepth] < 0.5 * depthM) halfDepth++;
        double reference = Min(flexion, 0, halfDepth + 1);
        double? crossing = FirstAtOrAbove(time, flexion, 0, count, reference + thresholdDeg);

        int bottom = Index(plan.BottomS), bottomEnd = Index(plan.BottomEndS);
        var (meanVelocity, peakVelocity) = ConcentricVelocity(sacrumZ);

        double maxAnteriorTilt = Max(pelvis, 0, bottom + 1);
        double mostPosteriorAtBottom = Min(pelvis, bottom, bottomEnd + 1);
        int peakFlexion = ArgMax(flexion, 0, count);

        var posture = new SquatPostureModel(timeline.Athlete, geometry, plan.Stance, plan.LoadKg);
        double peakHipFlexion = posture.At(plan.BottomThighDeg).HipFlexionDeg;

        double? onsetFlexion = null, onsetDepthCm = null, onsetFraction = null, onsetHipFlexion = null, winkCrossing = null;
        double? onsetSacrumDropCm = null, onsetSacrumFraction = null;
        if (rep.Winks)
        {
            int onset = Index(rep.WinkOnsetS);
            onsetFlexion = flexion[onset];
            double onsetDropM = standingHip - hipZ[onset];
            onsetDepthCm = Round(onsetDropM * 100);
            onsetFraction = Round(onsetDropM / depthM);
            double onsetSacrumDropM = sacrumZ[0] - sacrumZ[onset];
            onsetSacrumDropCm = Round(onsetSacrumDropM * 100);
            onsetSacrumFraction = Round(onsetSacrumDropM / sacrumDropM);
            onsetHipFlexion = Round(posture.At(rep.ThighDegAt(rep.WinkOnsetS)).HipFlexionDeg);
            winkCrossing = FirstAtOrAbove(time, flexion, onset, count, onsetFlexion.Value + thresholdDeg);
        }

        return new RepTruth
        {
            Rep = plan.RepNumber,
            Set = plan.SetNumber,
            RepInSet = plan.RepInSet,
            StartS = Round(plan.StartS),
            BottomS = Round(plan.BottomS),
            BottomEndS = Round(plan.BottomEndS),
            EndS = Round(plan.EndS),
            BottomPhaseStartS = Round(rep.BottomBandStartS),
            BottomPhaseEndS = Round(rep.BottomBandEndS),
            DepthCm = Round(depthM * 100),
            SacrumDropCm = Round(sacrumDropM * 100),
            BottomThighDeg = Round(plan.BottomThighDeg),
            LoadKg = plan.LoadKg,
            StanceWidthRatio = plan.Stance.WidthRatio,
            ToeOutDeg = plan.Stance.ToeOutDeg,
            HeelRaiseCm = plan.Stance.HeelRaiseCm,
            MeanConcentricVelocityMPerS = Round(meanVelocity),
            PeakConcentricVelocityMPerS = Round(peakVelocity),
            Winks = rep.Winks,
            WinkOnsetS = rep.Winks ? Round(rep.WinkOnsetS) : null,
            WinkOnsetDepthCm = onsetDepthCm,
            WinkOnsetDepthFraction = onsetFraction,
            WinkOnsetSacrumDropCm = onsetSacrumDropCm,
            WinkOnsetSacrumDropFraction = onsetSacrumFraction,
            WinkOnsetHipFlexionDeg = onsetHipFlexion,
            WinkPeakS = rep.Winks ? Round(rep.WinkPeakS) : null,
            WinkMagnitudeDeg = rep.Winks ? Round(rep.WinkPeakFlexionDeg) : null,
            WinkOnsetFlexionDeg = onsetFlexion is { } f ? Round(f) : null,
            WinkThresholdCrossingS = winkCrossing,
            WinkHipFlexionThresholdDeg = double.IsInfinity(plan.WinkHipFlexionDeg) ? null : Round(plan.WinkHipFlexionDeg),
            PeakHipFlexionDeg = Round(peakHipFlexion),
            PelvicTiltRangeDeg = Round(maxAnteriorTilt - mostPosteriorAtBottom),
            ReferenceFlexionDeg = Round(reference),
            ReferenceWindowEndS = Round(time[halfDepth]),
            ThresholdDeg = thresholdDeg,
            ThresholdCrossingS = crossing,
            PeakFlexionDeg = Round(flexion[peakFlexion]),
            PeakFlexionS = Round(time[peakFlexion]),
        };
    }

    /// <summary>
    /// Mean and peak upward speed of the sacrum over the concentric phase, m/s, defined as the device measures it
    /// (SacrumVerticalMotion): around the fastest rise after the sacrum's lowest point, from the last moment before it
    /// that the sacrum rose slower than the boundary speed (the end of any pause) to the first moment after it that it
    /// did again; mean = rise over that time.
    /// </summary>
    internal static (double Mean, double Peak) ConcentricVelocity(double[] sacrumZ)
    {
        int count = sacrumZ.Length;
        if (count < 3) return (0, 0);
        var velocity = new double[count];
        for (int i = 1; i < count - 1; i++) velocity[i] = (sacrumZ[i + 1] - sacrumZ[i - 1]) / (2 * StepS);
        int lowest = ArgMin(sacrumZ, 0, count);
        int fastest = lowest;
        for (int i = lowest + 1; i < count; i++) if (velocity[i] > velocity[fastest]) fastest = i;
        if (velocity[fastest] <= ConcentricBoundarySpeedMPerS) return (0, Math.Max(0, velocity[fastest]));
        int start = fastest, end = fastest;
        while (start > lowest && velocity[start] > ConcentricBoundarySpeedMPerS) start--;
        while (end < count - 1 && velocity[end] > ConcentricBoundarySpeedMPerS) end++;
        return ((sacrumZ[end] - sacrumZ[start]) / ((end - start) * StepS), velocity[fastest]);
    }

    private static double? FirstAtOrAbove(double[] time, double[] values, int from, int to, double level)
    {
        for (int i = from; i < to; i++)
            if (values[i] >= level) return Round(time[i]);
        return null;
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static double Min(double[] values, int from, int to)
    {
        double min = double.PositiveInfinity;
        for (int i = from; i < to; i++) min = Math.Min(min, values[i]);
        return min;
    }

    private static double Max(double[] values, int from, int to)
    {
        double max = double.NegativeInfinity;
        for (int i = from; i < to; i++) max = Math.Max(max, values[i]);
        return max;
    }

    private static int ArgMin(double[] values, int from, int to)
    {
        int best = from;
        for (int i = from; i < to; i++) if (values[i] < values[best]) best = i;
        return best;
    }

    private static int ArgMax(double[] values, int from, int to)
    {
        int best = from;
        for (int i = from; i < to; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}
