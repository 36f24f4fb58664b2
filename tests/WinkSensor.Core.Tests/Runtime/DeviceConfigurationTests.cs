using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Runtime;

public class DeviceConfigurationTests
{
    [Theory]
    [InlineData(2.9f)]
    [InlineData(30.1f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(-6f)]
    public void A_wink_threshold_outside_3_to_30_degrees_is_rejected_and_the_old_value_kept(float degrees)
    {
        var configuration = new DeviceConfiguration();
        Assert.Equal(ConfigurationError.None, configuration.SetWinkThresholdDegrees(10f));
        Assert.Equal(ConfigurationError.WinkThresholdOutOfRange, configuration.SetWinkThresholdDegrees(degrees));
        Assert.Equal(10f, configuration.WinkThresholdDegrees);
    }

    [Fact]
    public void The_default_threshold_is_the_documented_6_degrees()
    {
        Assert.Equal(6f, new DeviceConfiguration().WinkThresholdDegrees);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData((int)HapticPatternKind.Calibrated)]
    [InlineData((int)HapticPatternKind.Fault)]
    public void Only_the_three_wink_patterns_are_accepted_as_the_wink_pattern(int pattern)
    {
        var configuration = new DeviceConfiguration();
        Assert.Equal(ConfigurationError.UnknownHapticPattern, configuration.SetWinkPattern(pattern));
        Assert.Equal(HapticPatternKind.WinkLong, configuration.WinkPattern);
        Assert.Equal(ConfigurationError.None, configuration.SetWinkPattern((int)HapticPatternKind.WinkDouble));
        Assert.Equal(HapticPatternKind.WinkDouble, configuration.WinkPattern);
    }

    [Fact]
    public void Idle_sleep_and_live_angle_rate_reject_values_out_of_range()
    {
        var configuration = new DeviceConfiguration();
        Assert.Equal(ConfigurationError.IdleSleepOutOfRange, configuration.SetIdleSleepMinutes(-1));
        Assert.Equal(ConfigurationError.IdleSleepOutOfRange, configuration.SetIdleSleepMinutes(241));
        Assert.Equal(ConfigurationError.LiveAngleRateOutOfRange, configuration.SetLiveAngleRateHertz(0));
        Assert.Equal(ConfigurationError.LiveAngleRateOutOfRange, configuration.SetLiveAngleRateHertz(51));
        Assert.Equal(DeviceConfiguration.DefaultIdleSleepMinutes, configuration.IdleSleepMinutes);
        Assert.Equal(DeviceConfiguration.DefaultLiveAngleRateHertz, configuration.LiveAngleRateHertz);
    }

    [Fact]
    public void A_changed_threshold_changes_when_the_runtime_alarms()
    {
        var script = new WinkSensor.Core.Tests.Signals.MotionScript().Stand(3)
            .Squat(new WinkSensor.Core.Tests.Signals.SquatSpec { WinkDegrees = 10 }).Stand(1);
        var low = WinkSensor.Core.Tests.Signals.RuntimeHarness.Replay(script, configure: c => c.SetWinkThresholdDegrees(4f));
        var high = WinkSensor.Core.Tests.Signals.RuntimeHarness.Replay(script, configure: c => c.SetWinkThresholdDegrees(14f));
        Assert.Single(low.Sink.Winks);
        Assert.Empty(high.Sink.Winks);
    }
}
