using WinkSensor.Host.Replay;
using WinkSensor.Simulation.Recording;

namespace WinkSensor.Simulation.Evaluation;

/// <summary>Pairs the reps the device reported with the simulator's reps and collects their depth and speed errors.</summary>
public static class KinematicsScoring
{
    /// <summary>Each true rep is paired with the first unpaired reported rep whose bottom falls inside it.</summary>
    public static KinematicsScore Score(IReadOnlyList<RepTruth> truthReps, IReadOnlyList<ReplayEvent> events)
    {
        var reps = events.OfType<RepEvent>().ToList();
        var winks = events.OfType<WinkEvent>().ToList();
        var used = new bool[reps.Count];
        var depth = new List<double>();
        var meanVelocity = new List<double>();
        var peakVelocity = new List<double>();
        var onsetDepth = new List<double>();
        int notMeasured = 0;
        foreach (var truth in truthReps)
        {
            int index = -1;
            for (int i = 0; i < reps.Count && index < 0; i++)
                if (!used[i] && reps[i].BottomSeconds >= truth.StartS && reps[i].BottomSeconds <= truth.EndS) index = i;
            if (index < 0) continue;
            used[index] = true;
            var rep = reps[index];
            if (!double.IsFinite(rep.DepthCentimetres))
            {
                notMeasured++;
                continue;
            }
            depth.Add(rep.DepthCentimetres - truth.SacrumDropCm);
            if (double.IsFinite(rep.MeanConcentricVelocityMetersPerSecond))
                meanVelocity.Add(rep.MeanConcentricVelocityMetersPerSecond - truth.MeanConcentricVelocityMPerS);
            if (double.IsFinite(rep.PeakConcentricVelocityMetersPerSecond))
                peakVelocity.Add(rep.PeakConcentricVelocityMetersPerSecond - truth.PeakConcentricVelocityMPerS);
            if (truth.WinkOnsetSacrumDropCm is { } trueOnsetDepth
                && winks.FirstOrDefault(w => w.Rep == rep.Rep && double.IsFinite(w.OnsetDepthCentimetres)) is { } wink)
                onsetDepth.Add(wink.OnsetDepthCentimetres - trueOnsetDepth);
        }
        return new KinematicsScore(new ErrorSample(depth), new ErrorSample(meanVelocity), new ErrorSample(peakVelocity),
            new ErrorSample(onsetDepth), notMeasured);
    }
}
