using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Tests.Storage;

public sealed class SetBoundaryRuleTests
{
    private const long Second = 1_000_000;

    [Fact]
    public void First_rep_opens_a_set_and_a_short_pause_continues_it()
    {
        var rule = new SetBoundaryRule(setRestSeconds: 20);
        Assert.Equal(SetStartReason.First, rule.Decide(0, 3 * Second));
        Assert.Null(rule.Decide(5 * Second, 8 * Second));
        Assert.Null(rule.Decide(28 * Second, 31 * Second)); // exactly 20 s standing: not more than N
    }

    [Fact]
    public void Standing_longer_than_the_rest_time_opens_a_new_set()
    {
        var rule = new SetBoundaryRule(setRestSeconds: 20);
        rule.Decide(0, 3 * Second);
        Assert.Equal(SetStartReason.Rest, rule.Decide(23 * Second + 1, 26 * Second));
    }

    [Fact]
    public void Device_clock_going_backwards_opens_a_new_set()
    {
        var rule = new SetBoundaryRule(setRestSeconds: 20);
        rule.Decide(100 * Second, 103 * Second);
        Assert.Equal(SetStartReason.Rest, rule.Decide(2 * Second, 5 * Second));
    }

    [Fact]
    public void Being_told_opens_a_new_set_once()
    {
        var rule = new SetBoundaryRule(setRestSeconds: 20);
        rule.Decide(0, 3 * Second);
        rule.StartNewSet();
        Assert.Equal(SetStartReason.Told, rule.Decide(4 * Second, 7 * Second));
        Assert.Null(rule.Decide(8 * Second, 11 * Second));
    }
}
