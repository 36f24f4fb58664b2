using WinkSensor.Core.Calibration;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Persistence;
using WinkSensor.Core.Tests.Protocol;
using WinkSensor.Host.Transports;
using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Sensors;
using WinkSensor.Simulation.VirtualWearable;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.Calibration;

/// <summary>
/// The simulated user's six-position procedure with a session's own two chips, through the device runtime and
/// through the virtual wearable driven by the host's command, as a real device would run it.
/// </summary>
public class DeviceSixPositionCalibrationEndToEndTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Through_the_runtime_the_offsets_come_out_within_3_mg_of_the_chips_and_the_saved_record_loads_back_equal(long seed)
    {
        var simulator = CohortBuilder.Build(seed, new CohortOptions { Athletes = 1 })[0].CreateSimulator();
        var settings = new RuntimeSettings();
        var flash = new InMemoryConfigurationStorage();
        var outcome = DeviceSixPositionCalibration.Run(simulator, settings, new AccelerometerCalibrationStore(flash));

        Assert.Equal(AccelerometerCalibrationState.Complete, outcome.State);
        Assert.True(outcome.KeptInFlash);
        double worstMilliG = 0, worstScalePercent = 0;
        foreach (var (site, calibration) in new[] { (SensorSite.Sacrum, settings.SacrumAccelerometer), (SensorSite.Thoracolumbar, settings.ThoracolumbarAccelerometer) })
        {
            var errors = simulator.ChipErrorsOf(site);
            var offset = calibration.OffsetG;
            var scale = calibration.Scale;
            worstMilliG = new[] { worstMilliG, 1000 * Math.Abs(offset.X - errors.AccelOffsetG.X), 1000 * Math.Abs(offset.Y - errors.AccelOffsetG.Y),
                1000 * Math.Abs(offset.Z - errors.AccelOffsetG.Z) }.Max();
            worstScalePercent = new[] { worstScalePercent, 100 * Math.Abs(scale.X / errors.AccelSensitivity.M11 - 1),
                100 * Math.Abs(scale.Y / errors.AccelSensitivity.M22 - 1), 100 * Math.Abs(scale.Z / errors.AccelSensitivity.M33 - 1) }.Max();
        }
        output.WriteLine($"seed {seed}: {outcome.Samples} samples; largest offset error {worstMilliG:F2} mg, scale error {worstScalePercent:F3} %");
        Assert.InRange(worstMilliG, 0, 3);
        Assert.InRange(worstScalePercent, 0, 0.5);

        var sacrum = new AccelerometerCalibration();
        var thoracolumbar = new AccelerometerCalibration();
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, new AccelerometerCalibrationStore(flash).Load(sacrum, thoracolumbar));
        // The record keeps 0.1 mg and 1 ppm: equal to that resolution.
        Assert.Equal(settings.SacrumAccelerometer.OffsetG.X, sacrum.OffsetG.X, 0.00006f);
        Assert.Equal(settings.SacrumAccelerometer.OffsetG.Z, sacrum.OffsetG.Z, 0.00006f);
        Assert.Equal(settings.ThoracolumbarAccelerometer.OffsetG.Y, thoracolumbar.OffsetG.Y, 0.00006f);
        Assert.Equal(settings.ThoracolumbarAccelerometer.Scale.X, thoracolumbar.Scale.X, 0.000002f);
        Assert.Equal(settings.SacrumAccelerometer.Scale.Z, sacrum.Scale.Z, 0.000002f);
    }

    [Fact]
    public void The_product_path_gives_the_same_calibrations_as_feeding_each_chip_to_the_calibrator_within_half_a_milli_g()
    {
        var simulator = CohortBuilder.Build(3, new CohortOptions { Athletes = 1 })[0].CreateSimulator();
        var settings = new RuntimeSettings();
        DeviceSixPositionCalibration.Run(simulator, settings);
        var (sacrum, thoracolumbar) = SimulatedSixPositionCalibration.ForSession(simulator);

        Assert.Equal(sacrum.Calibration.OffsetG.X, settings.SacrumAccelerometer.OffsetG.X, 0.0005f);
        Assert.Equal(sacrum.Calibration.OffsetG.Y, settings.SacrumAccelerometer.OffsetG.Y, 0.0005f);
        Assert.Equal(thoracolumbar.Calibration.OffsetG.Z, settings.ThoracolumbarAccelerometer.OffsetG.Z, 0.0005f);
    }

    [Fact]
    public void A_virtual_wearable_told_by_command_10_calibrates_reports_progress_and_events_and_keeps_it_across_a_reboot()
    {
        var simulator = CohortBuilder.Build(2, new CohortOptions { Athletes = 1 })[0].CreateSimulator();
        var radio = new RecordingLink();
        var wearable = new VirtualWearable(bootId: 9);
        wearable.Attach(radio);
        Assert.Equal(AccelerometerCalibrationLoadResult.Missing, wearable.AccelerometerCalibrationLoad);

        var start = new byte[CommandMessage.FrameLength];
        new CommandMessage { Sequence = 1, Code = CommandCode.StartAccelerometerCalibration, Argument = 120 }.Encode(start, 0);
        wearable.HandleWrite(WearableChannel.Control, start);
        bool flagSeenWhileRunning = false;
        foreach (var sample in SimulatedSixPositionCalibration.SessionSamples(simulator))
        {
            wearable.Step(sample);
            if (wearable.Runtime.IsCalibratingAccelerometers)
                flagSeenWhileRunning |= (wearable.Control.Status.SensorHealth & StatusMessage.AccelerometerCalibrationActiveFlag) != 0;
        }

        Assert.True(flagSeenWhileRunning);
        var progress = radio.Frames.Where(f => f[1] == (byte)FrameType.AccelerometerCalibrationProgress).Select(f =>
        {
            var message = new AccelerometerCalibrationProgressMessage();
            Assert.Equal(DecodeResult.Ok, message.Decode(f, 0, f.Length));
            return message;
        }).ToList();
        Assert.True(progress.Count >= 20, $"{progress.Count} progress frames over the ~27 s procedure");
        Assert.True(progress[0].SecondsRemaining is 119 or 120);
        var last = progress[^1];
        Assert.Equal(AccelerometerCalibrationState.Complete, last.State);
        Assert.Equal(AccelerometerCalibrationProgressMessage.AllFacesMask, last.SacrumFacesSeen);
        Assert.Equal(AccelerometerCalibrationProgressMessage.AllFacesMask, last.ThoracolumbarFacesSeen);
        Assert.Equal(SixPositionCalibrationResult.Complete, last.ThoracolumbarResult);

        var calibrated = radio.Frames.Where(f => f[1] == (byte)FrameType.AccelerometerCalibrated).ToList();
        Assert.Equal(2, calibrated.Count);
        Assert.Equal((byte)ImuSensorPosition.Sacrum, calibrated[0][6]);
        Assert.NotEqual(0, wearable.Control.Status.SensorHealth & StatusMessage.AccelerometersCalibratedFlag);
        Assert.Equal(0, wearable.Control.Status.SensorHealth & StatusMessage.AccelerometerCalibrationActiveFlag);

        var rebooted = new VirtualWearable(bootId: 10, wearable.AccelerometerCalibrationFlash);
        rebooted.Attach(new RecordingLink());
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, rebooted.AccelerometerCalibrationLoad);
        Assert.Equal(wearable.RuntimeSettings.SacrumAccelerometer.OffsetG.X, rebooted.RuntimeSettings.SacrumAccelerometer.OffsetG.X, 0.00006f);
        Assert.Equal(wearable.RuntimeSettings.ThoracolumbarAccelerometer.Scale.Y, rebooted.RuntimeSettings.ThoracolumbarAccelerometer.Scale.Y, 0.000002f);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(3, true)]
    public void A_start_command_that_arrives_2_s_into_the_samples_needs_the_lead_in_to_catch_the_first_face(double leadInS, bool completes)
    {
        var simulator = CohortBuilder.Build(4, new CohortOptions { Athletes = 1 })[0].CreateSimulator();
        var wearable = new VirtualWearable(bootId: 3);
        wearable.Attach(new RecordingLink());
        var start = new byte[CommandMessage.FrameLength];
        new CommandMessage { Sequence = 1, Code = CommandCode.StartAccelerometerCalibration, Argument = 60 }.Encode(start, 0);
        bool sent = false;
        foreach (var sample in SimulatedSixPositionCalibration.SessionSamples(simulator, 100, new SixPositionProcedureSettings { LeadInS = leadInS }))
        {
            if (!sent && sample.TimeS >= 102)
            {
                wearable.HandleWrite(WearableChannel.Control, start);
                sent = true;
            }
            wearable.Step(sample);
        }

        var state = wearable.Runtime.AccelerometerCalibrationProcedure.State;
        Assert.Equal(completes, state == AccelerometerCalibrationState.Complete);
        if (!completes) Assert.Equal(AccelerometerCalibrationState.Collecting, state); // the first face is never seen again
    }
}
