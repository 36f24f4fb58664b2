using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Calibration;

/// <summary>The host's calibration session against a scripted wearable on the loopback link.</summary>
public sealed class AccelerometerCalibrationSessionTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly AccelerometerCalibration SacrumCalibration =
        new(new Vector3(0.0123f, -0.004f, 0.0301f), new Vector3(1.0052f, 0.999f, 1.012f));
    private static readonly AccelerometerCalibration ThoracolumbarCalibration =
        new(new Vector3(-0.02f, 0.011f, -0.0456f), new Vector3(0.98f, 1.003f, 1.0f));

    private readonly TemporaryDirectory directory = new();
    private readonly SessionStore store;

    public AccelerometerCalibrationSessionTests()
    {
        store = SessionStore.Open(directory.File("sessions.sqlite"));
    }

    public void Dispose() => directory.Dispose();

    private static AccelerometerCalibrationOptions FastOptions(int timeLimitSeconds = 0) => new()
    {
        TimeLimitSeconds = timeLimitSeconds,
        LinkTiming = new WearableLinkTiming(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100),
            TimeSpan.FromMilliseconds(10), new ReconnectBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50))),
        AnswerTimeout = TimeSpan.FromSeconds(2),
        EndMargin = TimeSpan.FromMilliseconds(500),
        FinalSyncTimeout = TimeSpan.FromSeconds(5),
    };

    private AccelerometerCalibrationSession Session(ScriptedCalibrationDevice device, AccelerometerCalibrationOptions? options = null) =>
        new(device.Link.HostTransport, device.Link.Address, store, options ?? FastOptions());

    [Fact]
    public async Task A_completed_procedure_reports_both_calibrations_and_stores_each_once()
    {
        var device = new ScriptedCalibrationDevice(earlierEvents: 5);
        var running = Session(device).RunAsync(CancellationToken.None);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        device.Collecting(0x01, 0x01, AccelerometerFace.ZUp, 100);
        device.Complete(SacrumCalibration, ThoracolumbarCalibration);

        var outcome = await running.WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Complete, outcome.Ending);
        Assert.Equal([ImuSensorPosition.Sacrum, ImuSensorPosition.Thoracolumbar], outcome.Calibrations.Select(c => c.Sensor));
        Assert.Equal(0.0123, outcome.Calibrations[0].OffsetG.X, 4);
        Assert.Equal(1.012, outcome.Calibrations[0].Scale.Z, 5);
        Assert.Equal(0.98, outcome.Calibrations[1].Scale.X, 5);
        Assert.Equal(2, outcome.StoredCalibrations);
        var stored = new AccelerometerCalibrationLog(store).List(device.Link.Address);
        Assert.Equal([6u, 7u], stored.Select(c => c.Sequence));
        Assert.All(stored, c => Assert.Equal((ushort)0x1234, c.BootId));
        Assert.Equal(-0.0456, stored[1].OffsetG.Z, 4);
        // The five events from before the start were not asked for again.
        Assert.DoesNotContain(device.Commands, c => c.Code == CommandCode.ResendEventsAfter && c.Argument < 5);
    }

    [Fact]
    public async Task Calibration_events_whose_notifications_were_lost_are_asked_for_again()
    {
        var device = new ScriptedCalibrationDevice(earlierEvents: 2);
        var running = Session(device).RunAsync(CancellationToken.None);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        device.Complete(SacrumCalibration, ThoracolumbarCalibration, sendEvents: false);

        var outcome = await running.WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Complete, outcome.Ending);
        Assert.Equal(2, outcome.Calibrations.Count);
        Assert.Contains(device.Commands, c => c.Code == CommandCode.ResendEventsAfter && c.Argument == 2);
        Assert.Equal(2, new AccelerometerCalibrationLog(store).List().Count);
    }

    [Fact]
    public async Task A_lost_final_report_is_made_up_for_by_the_status_that_says_the_procedure_no_longer_runs()
    {
        var device = new ScriptedCalibrationDevice();
        var running = Session(device).RunAsync(CancellationToken.None);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        device.Complete(SacrumCalibration, ThoracolumbarCalibration, sendFinalReport: false);

        var outcome = await running.WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Complete, outcome.Ending);
        Assert.Equal(2, outcome.Calibrations.Count);
    }

    [Fact]
    public async Task A_procedure_that_ends_while_the_link_is_down_is_collected_after_reconnecting()
    {
        var device = new ScriptedCalibrationDevice();
        var session = Session(device);
        var running = session.RunAsync(CancellationToken.None);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        device.Link.DropLink("out of range");
        device.Complete(SacrumCalibration, ThoracolumbarCalibration); // nothing reaches the host: the link is down

        var outcome = await running.WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Complete, outcome.Ending);
        Assert.True(outcome.Reconnections >= 1, "the session did not reconnect");
        Assert.Equal(2, outcome.Calibrations.Count);
        Assert.Equal(2, new AccelerometerCalibrationLog(store).List().Count);
    }

    [Fact]
    public async Task A_rejected_solve_fails_with_the_reason_in_plain_words()
    {
        var device = new ScriptedCalibrationDevice();
        var running = Session(device).RunAsync(CancellationToken.None);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        device.Fail(SixPositionCalibrationResult.FaceMagnitudeImplausible);

        var outcome = await running.WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Failed, outcome.Ending);
        Assert.Contains("hip unit", outcome.Message);
        Assert.Contains("moved during a hold", outcome.Message);
        Assert.Empty(new AccelerometerCalibrationLog(store).List());
    }

    [Fact]
    public async Task Cancelling_sends_the_cancel_command_and_ends_cancelled()
    {
        var device = new ScriptedCalibrationDevice();
        using var cancel = new CancellationTokenSource();
        var running = Session(device).RunAsync(cancel.Token);
        await device.WaitForCommandAsync(CommandCode.StartAccelerometerCalibration);
        device.Collecting(0x03, 0x01);
        cancel.Cancel();

        var outcome = await running.WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Cancelled, outcome.Ending);
        Assert.True(device.Received(CommandCode.CancelAccelerometerCalibration));
        Assert.False(device.Running);
    }

    [Fact]
    public async Task A_firmware_without_the_command_is_reported_as_not_started()
    {
        var device = new ScriptedCalibrationDevice { StartAnswer = ResultCode.UnknownCommand };

        var outcome = await Session(device).RunAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.NotStarted, outcome.Ending);
        Assert.Contains("firmware (0.2.0)", outcome.Message);
    }

    [Fact]
    public async Task A_wearable_that_never_reports_the_end_is_given_up_after_the_time_limit_and_told_to_cancel()
    {
        var device = new ScriptedCalibrationDevice { IgnoresCancel = true };

        var outcome = await Session(device, FastOptions(timeLimitSeconds: 1)).RunAsync(CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(AccelerometerCalibrationEnding.Unknown, outcome.Ending);
        Assert.True(device.Received(CommandCode.CancelAccelerometerCalibration));
        Assert.Equal(1u, device.Commands.Single(c => c.Code == CommandCode.StartAccelerometerCalibration).Argument);
    }
}
