using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Motion;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Script;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Recording;

/// <summary>
/// Turns an athlete, a session script and settings into a two-IMU recording with ground truth. The body model runs
/// at the internal rate (1 kHz): sensor positions come from forward kinematics plus soft-tissue wobble and are
/// differentiated twice for the acceleration (so lever-arm tangential and centripetal terms are real); orientations
/// are differentiated for the angular rate; each chip then adds its errors, low-passes and samples on its own clock.
/// Everything random is drawn from the seed, so the same inputs always give the same samples.
/// </summary>
public sealed class RecordingSimulator
{
    private readonly SimulationSettings _settings;
    private readonly Rotation[] _sensorToSegment = new Rotation[2];
    private readonly ChipErrors[] _chipErrors = new ChipErrors[2];

    /// <exception cref="ArgumentException">A setting, the athlete or the script is out of range (the message says which).</exception>
    public RecordingSimulator(SimulatedAthlete athlete, SessionScript script, SimulationSettings settings)
    {
        string? problem = settings.Validate() ?? athlete.Validate() ?? script.Validate();
        if (problem != null) throw new ArgumentException(problem);
        _settings = settings;
        Timeline = new MotionTimeline(athlete, script, settings.Seed, settings.CalibrationS, settings.SwayScale);
        for (int site = 0; site < 2; site++)
        {
            var sensorSite = (SensorSite)site;
            _sensorToSegment[site] = SensorMounting.SensorToSegment(
                sensorSite, Timeline.Geometry, settings.MountRotation, Random("mount", sensorSite));
            _chipErrors[site] = ChipErrors.Draw(settings.SensorErrors, Random("chip", sensorSite));
        }
        Truth = BuildTruth();
    }

    public MotionTimeline Timeline { get; }
    public RecordingTruth Truth { get; }
    public SimulationSettings Settings => _settings;

    /// <summary>Sensor axes to segment axes for a site (anatomical skin slope and board placement).</summary>
    public Rotation SensorToSegment(SensorSite site) => _sensorToSegment[(int)site];

    public ChipErrors ChipErrorsOf(SensorSite site) => _chipErrors[(int)site];

    /// <summary>
    /// The recording as a stream, one item per sacrum FIFO sample (≈ 100 per second), starting once both chips have
    /// delivered a sample. Each enumeration starts afresh and yields exactly the same sequence.
    /// </summary>
    public IEnumerable<SimulatedSample> Samples()
    {
        double rate = _settings.InternalRateHz;
        double step = 1 / rate;
        long lastTick = (long)Math.Ceiling(Timeline.DurationS * rate);
        SkeletonGeometry geometry = Timeline.Geometry;
        var tracks = new SensorTrack[2];
        var chips = new SimulatedImuChip[2];
        for (int site = 0; site < 2; site++)
        {
            var sensorSite = (SensorSite)site;
            var wobble = new SoftTissueWobble(_settings.SoftTissue, Random("tissue", sensorSite));
            tracks[site] = new SensorTrack(
                _sensorToSegment[site], SensorMounting.SkinNormal(sensorSite, geometry), wobble, step);
            chips[site] = new SimulatedImuChip(_chipErrors[site], _settings.SensorErrors, Random("noise", sensorSite), rate);
        }

        BodyPose previous = Timeline.PoseAt(-step), current = Timeline.PoseAt(0);
        tracks[0].Prime(BodyForwardKinematics.Sacrum(previous, geometry), BodyForwardKinematics.Sacrum(current, geometry));
        tracks[1].Prime(BodyForwardKinematics.Thoracolumbar(previous, geometry), BodyForwardKinematics.Thoracolumbar(current, geometry));

        bool wantThoracolumbar = _settings.ThoracolumbarSensorPresent;
        double dropout = _settings.ThoracolumbarDropoutS ?? double.PositiveInfinity;
        ChipSample latestThoracolumbar = default;
        bool haveThoracolumbar = false;
        int newThoracolumbarFrames = 0;

        for (long tick = 0; tick <= lastTick; tick++)
        {
            double t = tick * step;
            BodyPose next = Timeline.PoseAt(t + step);
            tracks[0].Advance(BodyForwardKinematics.Sacrum(next, geometry));
            tracks[1].Advance(BodyForwardKinematics.Thoracolumbar(next, geometry));
            for (int site = 0; site < 2; site++)
                chips[site].Step(t, tracks[site].SpecificForceG(), tracks[site].AngularRateDps());

            bool sacrumReady = chips[0].TryTakeSample(out ChipSample sacrum);
            bool thoracolumbarReady = chips[1].TryTakeSample(out ChipSample thoracolumbar);
            if (thoracolumbarReady && (!sacrumReady || thoracolumbar.TimeS <= sacrum.TimeS))
            {
                latestThoracolumbar = thoracolumbar;
                haveThoracolumbar = true;
                newThoracolumbarFrames++;
                thoracolumbarReady = false;
            }
            if (sacrumReady && (haveThoracolumbar || !wantThoracolumbar))
            {
                bool present = wantThoracolumbar && sacrum.TimeS < dropout;
                yield return new SimulatedSample
                {
                    TimeS = sacrum.TimeS,
                    Sacrum = sacrum.ToImuSample(),
                    SacrumFrame = sacrum.Frame,
                    ThoracolumbarPresent = present,
                    Thoracolumbar = present ? latestThoracolumbar.ToImuSample() : default,
                    ThoracolumbarFrame = present ? latestThoracolumbar.Frame : default,
                    ThoracolumbarTimeS = present ? latestThoracolumbar.TimeS : double.NaN,
                    ThoracolumbarNewFrames = present ? newThoracolumbarFrames : 0,
                    Truth = TruthAt(sacrum.TimeS, (sacrum.TimeS - (t - step)) / step, tracks),
                };
                newThoracolumbarFrames = 0;
            }
            if (thoracolumbarReady)
            {
                latestThoracolumbar = thoracolumbar;
                haveThoracolumbar = true;
                newThoracolumbarFrames++;
            }
            tracks[0].Shift();
            tracks[1].Shift();
        }
    }

    private SampleTruth TruthAt(double timeS, double fraction, SensorTrack[] tracks)
    {
        BodyPose pose = Timeline.PoseAt(timeS);
        Rotation sacrum = Rotation.Interpolate(tracks[0].PreviousOrientation, tracks[0].CurrentOrientation, fraction);
        Rotation thoracolumbar = Rotation.Interpolate(tracks[1].PreviousOrientation, tracks[1].CurrentOrientation, fraction);
        return new SampleTruth
        {
            FlexionDeg = pose.FlexionDeg,
            SacrumUp = new Vector3d(sacrum.M31, sacrum.M32, sacrum.M33),
            ThoracolumbarUp = new Vector3d(thoracolumbar.M31, thoracolumbar.M32, thoracolumbar.M33),
            SacrumOrientation = sacrum,
            ThoracolumbarOrientation = thoracolumbar,
            PelvisTiltDeg = pose.PelvisPitchDeg,
            ThoraxTiltDeg = pose.ThoraxPitchDeg,
            HipHeightM = pose.HipCentre.Z,
            Phase = pose.Phase,
            Activity = pose.Activity,
            Rep = pose.Rep,
            WinkUnderWay = pose.WinkUnderWay,
            WinkFlexionDeg = pose.WinkFlexionDeg,
        };
    }

    private SimulationRandom Random(string purpose, SensorSite site) =>
        SimulationRandom.Derive(_settings.Seed, purpose + "/" + site);

    private RecordingTruth BuildTruth()
    {
        var reps = Timeline.Reps.Select(rep => RepTruthAnalyzer.Analyze(rep, Timeline, _settings.AlarmThresholdDeg)).ToList();
        var activities = Timeline.Spans
            .Select(span => new ActivityTruth(ActivityName(span.Activity), Math.Round(span.StartS, 4), Math.Round(span.EndS, 4), span.SetNumber))
            .ToList();
        var sensors = new List<SensorTruth>();
        for (int site = 0; site < 2; site++)
        {
            var sensorSite = (SensorSite)site;
            bool isThoracolumbar = sensorSite == SensorSite.Thoracolumbar;
            var wobble = new SoftTissueWobble(_settings.SoftTissue, Random("tissue", sensorSite));
            ChipErrors errors = _chipErrors[site];
            sensors.Add(new SensorTruth
            {
                Site = isThoracolumbar ? "thoracolumbar" : "sacrum",
                Present = !isThoracolumbar || _settings.ThoracolumbarSensorPresent,
                DropoutS = isThoracolumbar ? _settings.ThoracolumbarDropoutS : null,
                SensorToSegment = Rows(_sensorToSegment[site]),
                ClockError = Math.Round(errors.ClockError, 6),
                FirstSampleS = Math.Round(errors.FirstSampleS, 6),
                GyroOffsetDps = Array(errors.GyroOffsetDps, 4),
                AccelOffsetG = Array(errors.AccelOffsetG, 5),
                AccelSensitivity = Rows(errors.AccelSensitivity),
                GyroSensitivity = Rows(errors.GyroSensitivity),
                SoftTissueFrequencyHz = Math.Round(wobble.FrequencyHz, 3),
                SoftTissueDampingRatio = Math.Round(wobble.DampingRatio, 3),
            });
        }
        return new RecordingTruth
        {
            Seed = _settings.Seed,
            DurationS = Math.Round(Timeline.DurationS, 4),
            CalibrationEndS = _settings.CalibrationS,
            AlarmThresholdDeg = _settings.AlarmThresholdDeg,
            Athlete = Timeline.Athlete,
            Sensors = sensors,
            Reps = reps,
            Activities = activities,
        };
    }

    public static string ActivityName(ActivityKind kind) => kind switch
    {
        ActivityKind.Calibration => "calibration",
        ActivityKind.Standing => "standing",
        ActivityKind.Squat => "squat_set",
        ActivityKind.Walk => "walk",
        ActivityKind.Stoop => "stoop",
        _ => "sit_to_stand",
    };

    private static double[] Array(Vector3d v, int digits) =>
        [Math.Round(v.X, digits), Math.Round(v.Y, digits), Math.Round(v.Z, digits)];

    private static double[][] Rows(Rotation r) =>
    [
        [Math.Round(r.M11, 6), Math.Round(r.M12, 6), Math.Round(r.M13, 6)],
        [Math.Round(r.M21, 6), Math.Round(r.M22, 6), Math.Round(r.M23, 6)],
        [Math.Round(r.M31, 6), Math.Round(r.M32, 6), Math.Round(r.M33, 6)],
    ];

    private static double[][] Rows(Matrix3d m) =>
    [
        [Math.Round(m.M11, 6), Math.Round(m.M12, 6), Math.Round(m.M13, 6)],
        [Math.Round(m.M21, 6), Math.Round(m.M22, 6), Math.Round(m.M23, 6)],
        [Math.Round(m.M31, 6), Math.Round(m.M32, 6), Math.Round(m.M33, 6)],
    ];
}
