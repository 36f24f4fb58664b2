using WinkSensor.Core.Power;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Power;

public class IdleSleepPolicyTests
{
    private const long Minute = 60_000_000L;

    private static DeviceConfiguration WithIdleMinutes(int minutes)
    {
        var configuration = new DeviceConfiguration();
        Assert.Equal(ConfigurationError.None, configuration.SetIdleSleepMinutes(minutes));
        return configuration;
    }

    [Fact]
    public void Sleeps_after_the_configured_minutes_without_motion_or_connection()
    {
        var policy = new IdleSleepPolicy(WithIdleMinutes(10), 0);
        Assert.False(policy.ShouldSleep(10 * Minute - 1, connected: false, midSet: false));
        Assert.True(policy.ShouldSleep(10 * Minute, connected: false, midSet: false));
    }

    [Fact]
    public void Motion_restarts_the_idle_time()
    {
        var policy = new IdleSleepPolicy(WithIdleMinutes(10), 0);
        policy.NoteActivity(8 * Minute);
        Assert.False(policy.ShouldSleep(17 * Minute, false, false));
        Assert.True(policy.ShouldSleep(18 * Minute, false, false));
    }

    [Fact]
    public void Never_sleeps_while_connected_and_counts_from_the_disconnect()
    {
        var policy = new IdleSleepPolicy(WithIdleMinutes(10), 0);
        Assert.False(policy.ShouldSleep(60 * Minute, connected: true, midSet: false));
        Assert.False(policy.ShouldSleep(69 * Minute, connected: false, midSet: false));
        Assert.True(policy.ShouldSleep(70 * Minute, connected: false, midSet: false));
    }

    [Fact]
    public void Never_sleeps_in_the_middle_of_a_set()
    {
        var policy = new IdleSleepPolicy(WithIdleMinutes(1), 0);
        Assert.False(policy.ShouldSleep(30 * Minute, connected: false, midSet: true));
    }

    [Fact]
    public void Zero_minutes_means_never()
    {
        var policy = new IdleSleepPolicy(WithIdleMinutes(0), 0);
        Assert.False(policy.ShouldSleep(1000 * Minute, false, false));
    }

    [Fact]
    public void A_changed_setting_takes_effect_without_a_restart()
    {
        var configuration = WithIdleMinutes(30);
        var policy = new IdleSleepPolicy(configuration, 0);
        Assert.False(policy.ShouldSleep(5 * Minute, false, false));
        configuration.SetIdleSleepMinutes(5);
        Assert.True(policy.ShouldSleep(5 * Minute, false, false));
    }
}
