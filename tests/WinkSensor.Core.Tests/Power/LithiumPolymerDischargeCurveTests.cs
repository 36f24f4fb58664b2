using WinkSensor.Core.Power;

namespace WinkSensor.Core.Tests.Power;

public class LithiumPolymerDischargeCurveTests
{
    [Theory]
    [InlineData(4.20f, 100f)]
    [InlineData(3.84f, 50f)]
    [InlineData(3.73f, 20f)]
    [InlineData(3.27f, 0f)]
    public void Curve_points_give_their_documented_charge(float volts, float percent)
    {
        Assert.Equal(percent, LithiumPolymerDischargeCurve.PercentFromVolts(volts), 0.01f);
    }

    [Fact]
    public void Between_points_the_charge_is_interpolated_on_a_straight_line()
    {
        // Halfway between 3.27 V (0 %) and 3.61 V (5 %).
        Assert.Equal(2.5f, LithiumPolymerDischargeCurve.PercentFromVolts(3.44f), 0.01f);
    }

    [Fact]
    public void Charge_never_falls_as_the_voltage_rises_and_stays_within_0_to_100()
    {
        float previous = -1f;
        for (float volts = 2.5f; volts <= 4.5f; volts += 0.001f)
        {
            float percent = LithiumPolymerDischargeCurve.PercentFromVolts(volts);
            Assert.InRange(percent, 0f, 100f);
            Assert.True(percent >= previous, $"charge fell at {volts} V");
            previous = percent;
        }
        Assert.Equal(0f, LithiumPolymerDischargeCurve.PercentFromVolts(float.NaN));
    }
}
