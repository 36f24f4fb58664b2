using WinkSensor.Core.Runtime;
using WinkSensor.Host.Evaluation;
using WinkSensor.Host.Recordings;
using WinkSensor.Host.Replay;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Evaluation;

/// <summary>
/// Runs simulated athletes through exactly the device runtime (the replay path) and scores what it reported
/// against the simulator's truth.
/// </summary>
public static class CohortEvaluation
{
    /// <summary>Scores a whole cohort under one robustness case; recordings run in parallel.</summary>
    public static DetectionScore Evaluate(IReadOnlyList<CohortMember> cohort, RobustnessCase robustnessCase,
        DeviceConfiguration? configuration = null, IProgress<int>? progress = null,
        AccelerometerCalibrationMode accelerometerCalibration = AccelerometerCalibrationMode.None) =>
        EvaluateCohort(cohort, robustnessCase, configuration, progress, accelerometerCalibration).Detection;

    /// <summary>Detection and rep depth/speed scores of a whole cohort under one robustness case; recordings run in
    /// parallel. With SixPosition each member's two chips are calibrated by the simulated procedure first.</summary>
    public static CohortScore EvaluateCohort(IReadOnlyList<CohortMember> cohort, RobustnessCase robustnessCase,
        DeviceConfiguration? configuration = null, IProgress<int>? progress = null,
        AccelerometerCalibrationMode accelerometerCalibration = AccelerometerCalibrationMode.None)
    {
        configuration ??= new DeviceConfiguration();
        var recordings = new ScoredRecording[cohort.Count];
        var kinematics = new KinematicsScore[cohort.Count];
        int done = 0;
        Parallel.For(0, cohort.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            (recordings[i], kinematics[i]) = EvaluateMemberFully(Adjust(cohort[i], robustnessCase), configuration, accelerometerCalibration);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return new CohortScore(DetectionScoring.Score(recordings), KinematicsScore.Of(kinematics));
    }

    /// <summary>The cohort member with the robustness case applied to its athlete, script or sensors.</summary>
    public static CohortMember Adjust(CohortMember member, RobustnessCase robustnessCase) => robustnessCase switch
    {
        RobustnessCase.SensorRotated90 => member with { Settings = member.Settings with { MountRotation = MountRotationKind.Ninety } },
        RobustnessCase.GyroOffset20 => member with
        {
            Settings = member.Settings with { SensorErrors = member.Settings.SensorErrors with { GyroOffsetOverrideDps = 20 } },
        },
        RobustnessCase.ThoracolumbarDropout => member with
        {
            Settings = member.Settings with { ThoracolumbarDropoutS = FirstSetMiddle(member) },
        },
        RobustnessCase.VerySlowTempo => member with { Athlete = member.Athlete with { RepDurationS = 4.6 } },
        RobustnessCase.VeryFastTempo => member with { Athlete = member.Athlete with { RepDurationS = 1.1, BottomPauseS = 0 } },
        RobustnessCase.PauseAtBottom => member with { Athlete = member.Athlete with { BottomPauseS = 1.5 } },
        _ => member,
    };

    /// <summary>Simulates one member, replays it through the device runtime and pairs the result with the truth.</summary>
    public static ScoredRecording EvaluateMember(CohortMember member, DeviceConfiguration configuration) =>
        EvaluateMemberFully(member, configuration).Detection;

    /// <summary>As EvaluateMember, plus the member's rep depth and speed errors.</summary>
    public static (ScoredRecording Detection, KinematicsScore Kinematics) EvaluateMemberFully(CohortMember member, DeviceConfiguration configuration,
        AccelerometerCalibrationMode accelerometerCalibration = AccelerometerCalibrationMode.None)
    {
        var settings = member.Settings with { AlarmThresholdDeg = configuration.WinkThresholdDegrees };
        var simulator = new RecordingSimulator(member.Athlete, member.Script, settings);
        var simulated = simulator.Samples().ToList();
        var replay = ReplayRunner.Run(ToRawRecording(member.Athlete.Name, simulated, settings.ThoracolumbarSensorPresent), configuration,
            RuntimeSettingsFor(simulator, accelerometerCalibration));

        var truth = simulator.Truth;
        var truthReps = truth.Reps.Select(r => new TruthRep(r.Rep, r.StartS, r.BottomS, r.EndS, r.Winks, r.WinkOnsetS,
            r.WinkThresholdCrossingS)).ToList();
        var otherActivities = truth.Activities
            .Where(a => a.Activity is "walk" or "stoop" or "sit_to_stand")
            .Select(a => new TruthActivity(a.Activity, a.StartS, a.EndS)).ToList();
        var detectedReps = replay.Events.OfType<RepEvent>()
            .Select(r => new DetectedRep(r.Rep, r.StartSeconds, r.BottomSeconds, r.EndSeconds, r.PeakFlexionDegrees, r.Wink)).ToList();
        var detectedWinks = replay.Events.OfType<WinkEvent>()
            .Select(w => new DetectedWink(w.Rep, w.TimeSeconds, w.OnsetSeconds, w.MagnitudeDegrees)).ToList();
        var detection = new ScoredRecording(member.Athlete.Name, truthReps, otherActivities, detectedReps, detectedWinks,
            FlexionErrors(simulated, replay.Samples, truth.CalibrationEndS));
        return (detection, KinematicsScoring.Score(truth.Reps, replay.Events));
    }

    /// <summary>
    /// Runtime settings for the session: default, or after the product path of the six-position calibration: the
    /// simulated user's procedure with the session's own two chips runs through a DeviceRuntime started with
    /// BeginAccelerometerCalibration, which sets both calibrations in these settings on Complete (anything else leaves
    /// them Identity, as on the device). The session's runtime then starts from them; after the procedure the device
    /// restarts its filters and standing calibration anyway, so a fresh runtime is what the session would meet.
    /// </summary>
    public static RuntimeSettings RuntimeSettingsFor(RecordingSimulator simulator, AccelerometerCalibrationMode accelerometerCalibration)
    {
        var runtimeSettings = new RuntimeSettings();
        if (accelerometerCalibration != AccelerometerCalibrationMode.SixPosition) return runtimeSettings;
        DeviceSixPositionCalibration.Run(simulator, runtimeSettings);
        return runtimeSettings;
    }

    /// <summary>The recording as `winksensor replay` would read it from the simulator's CSV.</summary>
    public static RawRecording ToRawRecording(string name, IReadOnlyList<SimulatedSample> samples, bool hasThoracolumbar)
    {
        var rows = new RawRecordingRow[samples.Count];
        for (int i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            rows[i] = new RawRecordingRow(i + 2, s.TimeS, (long)Math.Round(s.TimeS * 1e6), s.Sacrum, s.Thoracolumbar,
                hasThoracolumbar && s.ThoracolumbarPresent);
        }
        return new RawRecording(name, hasThoracolumbar, rows);
    }

    /// <summary>Estimated minus true flexion, deg, wherever both sensors were measuring after calibration.</summary>
    private static List<double> FlexionErrors(IReadOnlyList<SimulatedSample> simulated, IReadOnlyList<ReplaySample> replayed, double calibrationEndS)
    {
        var errors = new List<double>(simulated.Count);
        for (int i = 0; i < simulated.Count; i++)
        {
            var estimate = replayed[i];
            if (simulated[i].TimeS < calibrationEndS || !simulated[i].ThoracolumbarPresent || estimate.PelvisOnly) continue;
            if (estimate.Phase == SquatPhase.Calibrating) continue;
            errors.Add(estimate.FlexionDegrees - simulated[i].Truth.FlexionDeg);
        }
        return errors;
    }

    private static double FirstSetMiddle(CohortMember member)
    {
        var truth = member.CreateSimulator().Truth;
        var firstSet = truth.Reps.Where(r => r.Set == truth.Reps[0].Set).ToList();
        return firstSet.Count == 0 ? truth.CalibrationEndS + 5 : (firstSet[0].StartS + firstSet[^1].EndS) / 2;
    }
}
