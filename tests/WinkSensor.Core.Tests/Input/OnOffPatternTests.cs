using WinkSensor.Core.Input;

namespace WinkSensor.Core.Tests.Input;

public class OnOffPatternTests
{
    private const long Ms = 1000L;

    [Fact]
    public void Segments_alternate_on_and_off_starting_with_on()
    {
        var pattern = new OnOffPattern(new[] { 100, 200, 50 }, repeats: false);
        Assert.True(pattern.IsOnAt(0));
        Assert.True(pattern.IsOnAt(99 * Ms));
        Assert.False(pattern.IsOnAt(100 * Ms));
        Assert.False(pattern.IsOnAt(299 * Ms));
        Assert.True(pattern.IsOnAt(300 * Ms));
        Assert.False(pattern.IsOnAt(350 * Ms));
        Assert.True(pattern.IsFinishedAt(350 * Ms));
    }

    [Fact]
    public void A_repeating_pattern_starts_over_after_its_period()
    {
        var pattern = new OnOffPattern(new[] { 100, 900 }, repeats: true);
        Assert.True(pattern.IsOnAt(5_050 * Ms));
        Assert.False(pattern.IsOnAt(5_150 * Ms));
        Assert.False(pattern.IsFinishedAt(1_000_000 * Ms));
    }
}
