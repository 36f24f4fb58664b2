using WinkSensor.Core.Power;

namespace WinkSensor.Core.Tests.Power;

public class BatteryMonitorTests
{
    private static BatteryMonitor Unsmoothed() => new(new BatterySettings { SmoothingWeight = 1f });

    [Fact]
    public void Adc_counts_scale_by_full_scale_and_divider()
    {
        // 2048 of 4096 counts at 3.3 V full scale through a 1:2 divider = 3.3 V at the battery.
        Assert.Equal(3.3f, BatteryMonitor.VoltsFromAdc(2048, 4096, 3.3f, 2f), 0.0001f);
    }

    [Fact]
    public void Warns_once_when_the_charge_falls_to_the_low_level()
    {
        var monitor = Unsmoothed();
        Assert.Equal(BatteryEvent.None, monitor.Update(3.90f));
        Assert.Equal(BatteryEvent.BecameLow, monitor.Update(3.71f)); // 15 %
        Assert.True(monitor.IsLow);
        Assert.Equal(BatteryEvent.None, monitor.Update(3.70f));
    }

    [Fact]
    public void Hysteresis_keeps_the_warning_until_the_recovered_level()
    {
        var monitor = Unsmoothed();
        monitor.Update(3.71f);
        Assert.True(monitor.IsLow);
        // Wandering just above the low level (16-19 %) must not clear it.
        Assert.Equal(BatteryEvent.None, monitor.Update(3.72f));
        Assert.Equal(BatteryEvent.None, monitor.Update(3.725f));
        Assert.True(monitor.IsLow);
        Assert.Equal(BatteryEvent.Recovered, monitor.Update(3.74f)); // 22.5 %
        Assert.False(monitor.IsLow);
    }

    [Fact]
    public void Critical_level_asks_for_sleep()
    {
        var monitor = Unsmoothed();
        monitor.Update(3.71f);
        Assert.Equal(BatteryEvent.BecameCritical, monitor.Update(3.40f)); // about 1.9 %
        Assert.True(monitor.IsCritical);
    }

    [Fact]
    public void A_single_sagging_reading_does_not_raise_the_warning_when_smoothed()
    {
        // Motor current can pull the cell down for a moment; the running average rides it out.
        var monitor = new BatteryMonitor(new BatterySettings());
        for (int i = 0; i < 20; i++) monitor.Update(3.85f);
        Assert.Equal(BatteryEvent.None, monitor.Update(3.50f));
        Assert.False(monitor.IsLow);
        Assert.InRange(monitor.Volts, 3.77f, 3.79f);
    }

    [Fact]
    public void Update_allocates_nothing()
    {
        var monitor = new BatteryMonitor(new BatterySettings());
        monitor.Update(3.9f);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) monitor.Update(3.9f - i * 0.0005f);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
