using WinkSensor.Core.Calibration;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Calibration;
using WinkSensor.Core.Tests.Persistence;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Runtime;

/// <summary>The device runtime's six-position accelerometer calibration mode.</summary>
public class AccelerometerCalibrationModeTests
{
    /// <summary>A motor that notes when it switched on and off, on the sample clock the test sets.</summary>
    private sealed class TimedMotor : IHapticMotor
    {
        public long Now;
        public List<(long Time, bool On)> Switches { get; } = [];
        public void Drive(bool on) => Switches.Add((Now, on));

        /// <summary>Lengths of the buzzes that started at or after the time, ms.</summary>
        public List<long> BuzzesFrom(long fromMicroseconds)
        {
            var lengths = new List<long>();
            long start = -1;
            foreach (var (time, on) in Switches.Where(s => s.Time >= fromMicroseconds))
            {
                if (on) start = time;
                else if (start >= 0) { lengths.Add((time - start) / 1000); start = -1; }
            }
            return lengths;
        }
    }

    private readonly RecordingEventSink sink = new();
    private readonly TimedMotor motor = new();
    private readonly InMemoryConfigurationStorage flash = new();
    private readonly RuntimeSettings settings = new();
    private readonly DeviceRuntime runtime;

    public AccelerometerCalibrationModeTests()
    {
        runtime = new DeviceRuntime(new DeviceConfiguration(), motor, sink, settings, new AccelerometerCalibrationStore(flash));
    }

    private void Feed(IEnumerable<SyntheticFrame> frames, Action? afterEach = null)
    {
        foreach (var frame in frames)
        {
            motor.Now = frame.TimeMicroseconds;
            runtime.ProcessSample(frame.TimeMicroseconds, frame.Sacrum, frame.Thoracolumbar, frame.ThoracolumbarPresent);
            afterEach?.Invoke();
        }
    }

    /// <summary>Body-worn frames of the script, starting at the given time.</summary>
    private static List<SyntheticFrame> Worn(MotionScript script, long startMicroseconds) =>
        SyntheticImu.Generate(script).Select(f => f with { TimeMicroseconds = f.TimeMicroseconds + startMicroseconds }).ToList();

    private static MotionScript ThreeSquats()
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 3; i++) script.Squat(new SquatSpec { WinkDegrees = 15 }).Stand(1.5);
        return script;
    }

    [Fact]
    public void While_it_runs_squats_raise_no_rep_and_no_wink_and_the_phase_says_calibrating()
    {
        Feed(Worn(new MotionScript().Stand(3), 0));
        Assert.True(runtime.IsCalibrated);
        Assert.True(runtime.BeginAccelerometerCalibration(3_000_000, 0));
        Assert.True(runtime.IsCalibratingAccelerometers);

        var squats = Worn(ThreeSquats(), 3_010_000);
        Feed(squats, () => Assert.Equal(SquatPhase.Calibrating, runtime.Phase));
        Assert.Empty(sink.Reps);
        Assert.Empty(sink.Winks);
        Assert.True(runtime.IsCalibratingAccelerometers);

        // Cancelled: the same squats are detected again after a new standing calibration.
        Assert.True(runtime.CancelAccelerometerCalibration());
        Assert.False(runtime.IsCalibratingAccelerometers);
        Feed(Worn(ThreeSquats(), squats[^1].TimeMicroseconds + 10_000));
        Assert.Equal(3, sink.Reps.Count);
        Assert.True(settings.SacrumAccelerometer.IsIdentity);
    }

    [Fact]
    public void The_procedure_sees_raw_samples_so_a_previous_calibration_does_not_bias_the_new_one()
    {
        // A wrong calibration in use: were it applied first, the solve would come out as truth minus it.
        settings.SacrumAccelerometer.Set(new Vector3(0.05f, 0.05f, 0.05f), new Vector3(1.05f, 1.05f, 1.05f));
        settings.ThoracolumbarAccelerometer.Set(new Vector3(-0.05f, -0.05f, -0.05f), new Vector3(0.95f, 0.95f, 0.95f));
        var boards = new BoardTumbling(10_000).Together(BoardTumbling.AllFaces);
        runtime.BeginAccelerometerCalibration(0, 0);
        Feed(boards.Frames);

        Assert.Equal(AccelerometerCalibrationState.Complete, runtime.AccelerometerCalibrationProcedure.State);
        VectorAssert.Near(boards.SacrumOffsetG, settings.SacrumAccelerometer.OffsetG, 0.002f);
        VectorAssert.Near(boards.SacrumScale, settings.SacrumAccelerometer.Scale, 0.002f);
        VectorAssert.Near(boards.ThoracolumbarOffsetG, settings.ThoracolumbarAccelerometer.OffsetG, 0.002f);
        VectorAssert.Near(boards.ThoracolumbarScale, settings.ThoracolumbarAccelerometer.Scale, 0.002f);
    }

    [Fact]
    public void On_complete_both_calibrations_are_used_kept_in_flash_and_reported_once()
    {
        var boards = new BoardTumbling(10_000).Together(BoardTumbling.AllFaces);
        runtime.BeginAccelerometerCalibration(0, 0);
        Feed(boards.Frames);

        Assert.False(runtime.IsCalibratingAccelerometers);
        Assert.True(runtime.HasAccelerometerCalibrations);
        var reported = Assert.Single(sink.AccelerometerCalibrations);
        Assert.True(reported.KeptInFlash);
        Assert.Equal(settings.SacrumAccelerometer.OffsetG, reported.Sacrum.OffsetG);
        Assert.Equal(settings.ThoracolumbarAccelerometer.Scale, reported.Thoracolumbar.Scale);

        var loadedSacrum = new AccelerometerCalibration();
        var loadedThoracolumbar = new AccelerometerCalibration();
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, new AccelerometerCalibrationStore(flash).Load(loadedSacrum, loadedThoracolumbar));
        VectorAssert.Near(settings.SacrumAccelerometer.OffsetG, loadedSacrum.OffsetG, 0.00006f);
        VectorAssert.Near(settings.ThoracolumbarAccelerometer.Scale, loadedThoracolumbar.Scale, 0.000002f);
    }

    [Fact]
    public void Without_a_store_the_calibration_is_used_but_reported_as_not_kept()
    {
        var noFlash = new DeviceRuntime(new DeviceConfiguration(), motor, sink, settings, null);
        var boards = new BoardTumbling(10_000).Together(BoardTumbling.AllFaces);
        noFlash.BeginAccelerometerCalibration(0, 0);
        foreach (var f in boards.Frames) noFlash.ProcessSample(f.TimeMicroseconds, f.Sacrum, f.Thoracolumbar, true);

        Assert.False(Assert.Single(sink.AccelerometerCalibrations).KeptInFlash);
        Assert.False(settings.SacrumAccelerometer.IsIdentity);
    }

    [Fact]
    public void The_wearer_feels_a_short_buzz_per_face_and_a_distinct_pattern_at_the_end()
    {
        var boards = new BoardTumbling(10_000).Together(BoardTumbling.AllFaces);
        runtime.BeginAccelerometerCalibration(0, 0);
        long endedAt = -1;
        Feed(boards.Frames.Concat(new BoardTumbling(boards.NowMicroseconds).Turn(2).Frames), () =>
        {
            if (endedAt < 0 && !runtime.IsCalibratingAccelerometers) endedAt = motor.Now;
        });

        var faceBuzzes = motor.BuzzesFrom(0).Take(5).ToList();
        Assert.All(faceBuzzes, length => Assert.Equal(150, length));
        Assert.Equal([100, 100, 600], motor.BuzzesFrom(endedAt));
    }

    [Fact]
    public void After_it_ends_the_standing_calibration_is_made_afresh_and_reps_count_again()
    {
        Feed(Worn(new MotionScript().Stand(3), 0));
        Assert.Single(sink.CalibratedAt);
        var boards = new BoardTumbling(3_010_000).Together(BoardTumbling.AllFaces);
        runtime.BeginAccelerometerCalibration(3_010_000, 0);
        Feed(boards.Frames);
        Assert.False(runtime.IsCalibrated);
        Assert.Equal(SquatPhase.Calibrating, runtime.Phase);

        Feed(Worn(ThreeSquats(), boards.NowMicroseconds + 10_000));
        Assert.Equal(2, sink.CalibratedAt.Count);
        Assert.True(sink.CalibratedAt[1] > boards.NowMicroseconds);
        Assert.Equal(3, sink.Reps.Count);
    }

    [Fact]
    public void It_cannot_start_during_a_rep_but_can_start_over_while_it_runs()
    {
        var squats = Worn(new MotionScript().Stand(3).Squat(new SquatSpec()).Stand(2), 0);
        int i = 0;
        for (; i < squats.Count && runtime.Phase != SquatPhase.Descent; i++)
        {
            var f = squats[i];
            runtime.ProcessSample(f.TimeMicroseconds, f.Sacrum, f.Thoracolumbar, true);
        }
        Assert.Equal(SquatPhase.Descent, runtime.Phase);
        Assert.False(runtime.BeginAccelerometerCalibration(squats[i].TimeMicroseconds, 0));
        Assert.False(runtime.IsCalibratingAccelerometers);

        Feed(squats.Skip(i));
        long now = squats[^1].TimeMicroseconds;
        Assert.True(runtime.BeginAccelerometerCalibration(now, 0));
        Assert.True(runtime.BeginAccelerometerCalibration(now + 10_000, 0));
        Assert.Equal(2, runtime.AccelerometerCalibrationProcedure.Runs);
        Assert.Single(sink.Reps);
    }

    [Fact]
    public void A_failed_solve_keeps_the_previous_calibrations_writes_no_flash_and_buzzes_the_fault_pattern()
    {
        var previous = new Vector3(0.01f, 0.02f, 0.03f);
        settings.SacrumAccelerometer.Set(previous, new Vector3(1f, 1f, 1f));
        var boards = new BoardTumbling(10_000) { ThoracolumbarOffsetG = Vector3.Zero, ThoracolumbarScale = new Vector3(1.12f, 1f, 1f) }
            .Together(BoardTumbling.AllFaces);
        runtime.BeginAccelerometerCalibration(0, 0);
        long endedAt = -1;
        Feed(boards.Frames.Concat(new BoardTumbling(boards.NowMicroseconds).Turn(3).Frames), () =>
        {
            if (endedAt < 0 && !runtime.IsCalibratingAccelerometers) endedAt = motor.Now;
        });

        Assert.Equal(AccelerometerCalibrationState.Failed, runtime.AccelerometerCalibrationProcedure.State);
        Assert.Equal(previous, settings.SacrumAccelerometer.OffsetG);
        Assert.True(settings.ThoracolumbarAccelerometer.IsIdentity);
        Assert.Null(flash.Stored);
        Assert.Empty(sink.AccelerometerCalibrations);
        Assert.Equal([600, 150, 600], motor.BuzzesFrom(endedAt));
        Assert.False(runtime.IsCalibrated);
    }

    [Fact]
    public void A_time_out_keeps_the_previous_calibrations_and_restarts_the_standing_calibration()
    {
        var boards = new BoardTumbling(10_000).Together(BoardTumbling.AllFaces.Take(4)).Rest(AccelerometerFace.XUp, AccelerometerFace.XUp, 20);
        runtime.BeginAccelerometerCalibration(0, 20);
        Feed(boards.Frames);

        Assert.Equal(AccelerometerCalibrationState.TimedOut, runtime.AccelerometerCalibrationProcedure.State);
        Assert.True(settings.SacrumAccelerometer.IsIdentity);
        Assert.Null(flash.Stored);
        Feed(Worn(new MotionScript().Stand(3), boards.NowMicroseconds + 10_000));
        Assert.Single(sink.CalibratedAt);
    }

    [Fact]
    public void Samples_while_calibrating_allocate_nothing_up_to_and_including_the_completion()
    {
        var quiet = new QuietSink();
        var store = new AccelerometerCalibrationStore(new PreallocatedStorage());
        var frames = new BoardTumbling(10_000).Together(BoardTumbling.AllFaces).Frames.ToArray();
        var warmUp = new DeviceRuntime(new DeviceConfiguration(), quiet, quiet, new RuntimeSettings(), store);
        warmUp.BeginAccelerometerCalibration(0, 0);
        foreach (var f in frames) warmUp.ProcessSample(f.TimeMicroseconds, f.Sacrum, f.Thoracolumbar, true);
        quiet.AccelerometerCalibrations = 0;

        // The .NET runtime's own work (tiered compilation, on-stack replacement of this long loop) can allocate on this
        // thread once, under load; an allocation in the device code repeats in every run, so the fewest counts.
        long fewestAllocated = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            quiet.AccelerometerCalibrations = 0;
            var measured = new DeviceRuntime(new DeviceConfiguration(), quiet, quiet, new RuntimeSettings(), store);
            measured.BeginAccelerometerCalibration(0, 0);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < frames.Length; i++) measured.ProcessSample(frames[i].TimeMicroseconds, frames[i].Sacrum, frames[i].Thoracolumbar, true);
            fewestAllocated = Math.Min(fewestAllocated, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(1, quiet.AccelerometerCalibrations);
        }

        Assert.Equal(0, fewestAllocated);
    }

    /// <summary>Flash stand-in that copies into a buffer made up front (the test double must not allocate either).</summary>
    private sealed class PreallocatedStorage : IConfigurationStorage
    {
        private readonly byte[] record = new byte[256];
        private int length;
        public int Read(byte[] buffer) { Array.Copy(record, buffer, length); return length; }
        public bool Write(byte[] buffer, int count) { Array.Copy(buffer, record, count); length = count; return true; }
        public void Erase() => length = 0;
    }

    /// <summary>Counts without allocating.</summary>
    private sealed class QuietSink : IDeviceEventSink, IHapticMotor
    {
        public int AccelerometerCalibrations;
        public void Calibrated(long timeMicroseconds) { }
        public void RepCompleted(RepRecord rep) { }
        public void WinkDetected(WinkRecord wink) { }
        public void Fault(FaultCode code, long timeMicroseconds) { }
        public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
            bool keptInFlash) => AccelerometerCalibrations++;
        public void Drive(bool on) { }
    }
}
