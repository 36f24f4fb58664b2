using WinkSensor.Core.Power;

namespace WinkSensor.Core.Tests.Power;

public class MainLoopWatchdogTests
{
    private const long Millisecond = 1000L;

    [Fact]
    public void A_loop_that_keeps_entering_steps_is_never_stalled()
    {
        var watchdog = new MainLoopWatchdog(stallLimitMilliseconds: 3000);
        for (long t = 0; t < 60_000 * Millisecond; t += 20 * Millisecond)
        {
            watchdog.Enter(LoopStage.DrainingSensors);
            watchdog.Enter(LoopStage.ServicingLink);
            if (t % (1000 * Millisecond) == 0) Assert.False(watchdog.Check(t));
        }
    }

    [Fact]
    public void A_step_that_hangs_past_the_limit_is_reported_with_its_name_and_duration()
    {
        var watchdog = new MainLoopWatchdog(stallLimitMilliseconds: 3000);
        watchdog.Enter(LoopStage.DrainingSensors);
        watchdog.Enter(LoopStage.ServicingLink);
        Assert.False(watchdog.Check(0));
        Assert.False(watchdog.Check(1000 * Millisecond));
        Assert.False(watchdog.Check(3000 * Millisecond));
        Assert.True(watchdog.Check(3500 * Millisecond));
        Assert.Equal(LoopStage.ServicingLink, watchdog.CurrentStage);
        Assert.Equal(3500 * Millisecond, watchdog.StalledMicroseconds);
    }

    [Fact]
    public void Progress_after_a_slow_step_resets_the_stall_time()
    {
        var watchdog = new MainLoopWatchdog(stallLimitMilliseconds: 3000);
        watchdog.Enter(LoopStage.SavingConfiguration);
        watchdog.Check(0);
        Assert.False(watchdog.Check(2500 * Millisecond));
        watchdog.Enter(LoopStage.Waiting);
        Assert.False(watchdog.Check(5000 * Millisecond));
        Assert.False(watchdog.Check(7900 * Millisecond));
    }

    [Fact]
    public void Enter_allocates_nothing()
    {
        var watchdog = new MainLoopWatchdog(3000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) watchdog.Enter((LoopStage)(i % 9));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
