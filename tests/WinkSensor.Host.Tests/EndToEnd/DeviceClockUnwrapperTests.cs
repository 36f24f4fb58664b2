using WinkSensor.Host.LiveRecording;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>Device times (uint32 ms) become a continuous µs count across the 49.7-day wrap and slight reordering.</summary>
public sealed class DeviceClockUnwrapperTests
{
    [Fact]
    public void Times_continue_across_the_wrap_and_an_older_resent_time_stays_before()
    {
        var clock = new DeviceClockUnwrapper();

        long beforeWrap = clock.ToMicroseconds(uint.MaxValue - 5);
        long afterWrap = clock.ToMicroseconds(10);
        long resentOlder = clock.ToMicroseconds(uint.MaxValue - 1);

        Assert.Equal((uint.MaxValue - 5) * 1000L, beforeWrap);
        Assert.Equal(beforeWrap + 16_000, afterWrap);
        Assert.Equal(beforeWrap + 4_000, resentOlder);
    }
}
