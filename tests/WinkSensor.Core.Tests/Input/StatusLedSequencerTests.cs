using WinkSensor.Core.Input;

namespace WinkSensor.Core.Tests.Input;

public class StatusLedSequencerTests
{
    private const long Ms = 1000L;

    /// <summary>On-time in ms over window ms, sampled every ms, plus the number of separate flashes.</summary>
    private static (int OnMilliseconds, int Flashes) Observe(StatusLedSequencer sequencer, LedStatus status, long startMs, int windowMs)
    {
        int on = 0, flashes = 0;
        bool previous = false;
        for (long t = startMs; t < startMs + windowMs; t++)
        {
            bool lit = sequencer.Update(t * Ms, status);
            if (lit) on++;
            if (lit && !previous) flashes++;
            previous = lit;
        }
        return (on, flashes);
    }

    [Theory]
    [InlineData(LedStatus.Calibrating, 1000, 10)]
    [InlineData(LedStatus.Ready, 80, 1)]
    [InlineData(LedStatus.Connected, 160, 2)]
    [InlineData(LedStatus.LowBattery, 1000, 1)]
    [InlineData(LedStatus.Fault, 240, 3)]
    [InlineData(LedStatus.AccelerometerCalibrating, 1400, 2)]
    public void Each_status_has_its_own_rhythm_over_two_seconds(LedStatus status, int onMilliseconds, int flashes)
    {
        var observed = Observe(new StatusLedSequencer(), status, 0, 2000);
        Assert.Equal(onMilliseconds, observed.OnMilliseconds);
        Assert.Equal(flashes, observed.Flashes);
    }

    [Fact]
    public void Off_keeps_the_led_dark()
    {
        Assert.Equal(0, Observe(new StatusLedSequencer(), LedStatus.Off, 0, 3000).OnMilliseconds);
    }

    [Fact]
    public void A_new_status_starts_its_rhythm_at_once()
    {
        var sequencer = new StatusLedSequencer();
        Observe(sequencer, LedStatus.Ready, 0, 500); // Ready is dark from 80 ms to 2000 ms.
        Assert.True(sequencer.Update(500 * Ms, LedStatus.Fault));
    }

    [Fact]
    public void Fault_outranks_calibration_which_outranks_low_battery_which_outranks_the_link()
    {
        Assert.Equal(LedStatus.Fault, StatusLedPatterns.Select(fault: true, calibrating: true, lowBattery: true, connected: true));
        Assert.Equal(LedStatus.Calibrating, StatusLedPatterns.Select(false, true, true, true));
        Assert.Equal(LedStatus.LowBattery, StatusLedPatterns.Select(false, false, true, true));
        Assert.Equal(LedStatus.Connected, StatusLedPatterns.Select(false, false, false, true));
        Assert.Equal(LedStatus.Ready, StatusLedPatterns.Select(false, false, false, false));
    }

    [Fact]
    public void The_six_position_calibration_shows_unless_there_is_a_fault()
    {
        Assert.Equal(LedStatus.Fault, StatusLedPatterns.Select(fault: true, accelerometerCalibrating: true, calibrating: true, lowBattery: true, connected: true));
        Assert.Equal(LedStatus.AccelerometerCalibrating, StatusLedPatterns.Select(false, true, true, true, true));
        Assert.Equal(LedStatus.Calibrating, StatusLedPatterns.Select(false, false, true, true, true));
    }

    [Fact]
    public void Update_allocates_nothing()
    {
        var sequencer = new StatusLedSequencer();
        sequencer.Update(0, LedStatus.Connected);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long t = 0; t < 100_000; t += 20) sequencer.Update(t * Ms, t % 4000 < 2000 ? LedStatus.Connected : LedStatus.LowBattery);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
