namespace WinkSensor.Host.Evaluation;

/// <summary>
/// Scores what the device reported against the simulator's truth.
/// - A reported rep matches a true rep when its bottom falls inside the true rep (one-to-one, in time order).
///   Reported reps whose bottom falls inside another activity are counted apart (they must not exist at all).
/// - A true wink rep is caught when an alarm falls between its wink onset (less <see cref="EarlyAlarmToleranceSeconds"/>)
///   and its end. Any other alarm is false: in a clean rep, too early in a wink rep, or outside any rep.
/// - Latency: alarm time minus the moment the true flexion crossed the alarm threshold above its value at the wink onset.
/// - A wink rep whose true flexion never rises the threshold above its value at the onset (no threshold crossing: the
///   wink is smaller than the wearer's threshold, or released before reaching it) is sub-threshold: a device with that
///   threshold should not buzz, yet a buzz there is not wrong either, so it counts neither as a wink to catch nor as a
///   false alarm.
/// </summary>
public static class DetectionScoring
{
    /// <summary>An alarm this much before the true onset still counts as catching the wink, s.</summary>
    public const double EarlyAlarmToleranceSeconds = 0.1;

    public static DetectionScore Score(IEnumerable<ScoredRecording> recordings)
    {
        int truthReps = 0, detectedReps = 0, matched = 0, truthWinks = 0, caught = 0, clean = 0, falseAlarms = 0, inOther = 0;
        double squaredErrorSum = 0;
        int flexionSamples = 0;
        var latencies = new List<double>();

        foreach (var recording in recordings)
        {
            truthReps += recording.TruthReps.Count;
            clean += recording.TruthReps.Count(r => !r.Wink);
            truthWinks += recording.TruthReps.Count(r => r.Wink && r.ThresholdCrossing != null);

            foreach (var rep in recording.DetectedReps)
            {
                if (recording.OtherActivities.Any(a => rep.Bottom >= a.Start && rep.Bottom <= a.End)) inOther++;
                else detectedReps++;
            }
            matched += MatchReps(recording.TruthReps, recording.DetectedReps);

            var alarmUsed = new bool[recording.DetectedWinks.Count];
            foreach (var rep in recording.TruthReps.Where(r => r.Wink && r.ThresholdCrossing != null))
            {
                double earliest = (rep.WinkOnset ?? rep.Start) - EarlyAlarmToleranceSeconds;
                int index = FirstAlarmIn(recording.DetectedWinks, alarmUsed, earliest, rep.End);
                if (index < 0) continue;
                alarmUsed[index] = true;
                caught++;
                if (rep.ThresholdCrossing is double crossing)
                    latencies.Add((recording.DetectedWinks[index].Alarm - crossing) * 1000);
            }
            // One buzz per rep at most: extra alarms inside a wink rep that was already caught are not new winks.
            for (int i = 0; i < alarmUsed.Length; i++)
            {
                if (alarmUsed[i]) continue;
                var alarm = recording.DetectedWinks[i];
                bool repeatInCaughtRep = recording.TruthReps.Any(r => r.Wink && alarm.Alarm >= r.Start && alarm.Alarm <= r.End
                    && Enumerable.Range(0, alarmUsed.Length).Any(j => alarmUsed[j] && j != i
                        && recording.DetectedWinks[j].Alarm >= r.Start && recording.DetectedWinks[j].Alarm <= r.End));
                bool inSubThresholdWink = recording.TruthReps.Any(r => r.Wink && r.ThresholdCrossing == null
                    && alarm.Alarm >= (r.WinkOnset ?? r.Start) - EarlyAlarmToleranceSeconds && alarm.Alarm <= r.End);
                if (!repeatInCaughtRep && !inSubThresholdWink) falseAlarms++;
            }

            foreach (double error in recording.FlexionErrorsDegrees)
            {
                squaredErrorSum += error * error;
                flexionSamples++;
            }
        }

        double rmse = flexionSamples == 0 ? double.NaN : Math.Sqrt(squaredErrorSum / flexionSamples);
        return new DetectionScore(truthReps, detectedReps, matched, truthWinks, caught, clean, falseAlarms, inOther,
            rmse, flexionSamples, latencies);
    }

    private static int MatchReps(IReadOnlyList<TruthRep> truth, IReadOnlyList<DetectedRep> detected)
    {
        var used = new bool[detected.Count];
        int matches = 0;
        foreach (var rep in truth)
        {
            for (int i = 0; i < detected.Count; i++)
            {
                if (used[i] || detected[i].Bottom < rep.Start || detected[i].Bottom > rep.End) continue;
                used[i] = true;
                matches++;
                break;
            }
        }
        return matches;
    }

    private static int FirstAlarmIn(IReadOnlyList<DetectedWink> alarms, bool[] used, double from, double to)
    {
        for (int i = 0; i < alarms.Count; i++)
            if (!used[i] && alarms[i].Alarm >= from && alarms[i].Alarm <= to) return i;
        return -1;
    }
}
