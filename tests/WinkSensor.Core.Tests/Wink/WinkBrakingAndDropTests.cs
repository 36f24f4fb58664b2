using WinkSensor.Core.Wink;

namespace WinkSensor.Core.Tests.Wink;

/// <summary>
/// The wink detector fed directly with pelvic tilt, flexion and pelvis height at 100 Hz: the braking rise (a wink that
/// starts while the pelvis still tilts forward) and the drop the pelvis must have made before it turns.
/// </summary>
public class WinkBrakingAndDropTests
{
    private const float Threshold = 6f;
    private const long SamplePeriodMicroseconds = 10_000;

    /// <summary>A fast descent (pelvis forward at 100 deg/s), then braking to 20 deg/s while the lumbar spine rounds
    /// 2.5 deg (the wink starting), then the pelvis tucks under by posteriorTiltDegrees while the flexion rises 4.8 deg
    /// above its value at the maximum anterior tilt (7.3 deg above its value when the braking began).</summary>
    private static (bool Alarmed, float PeakRise) Run(WinkDetectorSettings settings, float posteriorTiltDegrees,
        float heightMeters, bool pelvisOnly = false, bool ascentBeforeTuck = false, int tuckSamples = 20)
    {
        var detector = new WinkDetector(settings);
        long time = 0;
        float tilt = 0f, flexion = 0f;
        detector.BeginRep(time, tilt, flexion);
        bool alarmed = false;
        void Segment(int samples, float tiltEnd, float flexionEnd)
        {
            float tiltStep = (tiltEnd - tilt) / samples, flexionStep = (flexionEnd - flexion) / samples;
            for (int i = 0; i < samples; i++)
            {
                time += SamplePeriodMicroseconds;
                tilt += tiltStep;
                flexion += flexionStep;
                alarmed |= detector.Update(time, tilt, flexion, heightMeters, pelvisOnly, armed: true, Threshold);
            }
        }
        Segment(40, 40f, 4f);
        Segment(20, 44f, 6.5f);
        if (ascentBeforeTuck) detector.BeginAscent(time);
        Segment(tuckSamples, 44f - posteriorTiltDegrees, 11.3f);
        Segment(10, 44f - posteriorTiltDegrees, 11.3f);
        return (alarmed, detector.PeakRiseDegrees);
    }

    [Fact]
    public void A_wink_that_starts_while_the_pelvis_still_tilts_forward_is_measured_from_where_the_pelvis_began_braking()
    {
        var (alarmed, peakRise) = Run(new WinkDetectorSettings(), posteriorTiltDegrees: 6f, heightMeters: -0.4f);
        Assert.True(alarmed);
        Assert.InRange(peakRise, 6f, 7.4f);

        // From the maximum anterior tilt alone the same wink rises only 4.8 deg: no alarm without the braking rise.
        var withoutBraking = new WinkDetectorSettings { BrakingMinimumPosteriorTiltShareOfThreshold = 1000f };
        var (alarmedWithout, peakWithout) = Run(withoutBraking, posteriorTiltDegrees: 6f, heightMeters: -0.4f);
        Assert.False(alarmedWithout);
        Assert.InRange(peakWithout, 4.5f, 5.1f);
    }

    [Theory]
    [InlineData(8, true)]   // the tuck crosses 0.07 s into the ascent
    [InlineData(20, false)] // it crosses 0.17 s into the ascent, where the pelvis tilts back anyway as the wearer rises
    public void The_braking_rise_counts_only_early_in_the_ascent(int tuckSamples, bool expectAlarm)
    {
        var (alarmed, _) = Run(new WinkDetectorSettings(), posteriorTiltDegrees: 6f, heightMeters: -0.4f,
            ascentBeforeTuck: true, tuckSamples: tuckSamples);
        Assert.Equal(expectAlarm, alarmed);
    }

    [Fact]
    public void The_braking_rise_needs_the_pelvis_to_tilt_back_most_of_the_threshold()
    {
        // 4.5 deg of posterior tilt passes the 0.5 share (3 deg) but not the braking rise's 0.85 share (5.1 deg).
        var (alarmed, peakRise) = Run(new WinkDetectorSettings(), posteriorTiltDegrees: 4.5f, heightMeters: -0.4f);
        Assert.False(alarmed);
        Assert.InRange(peakRise, 5f, 5.6f);
    }

    [Fact]
    public void The_braking_rise_does_not_count_when_the_pelvis_turned_high()
    {
        // Sitting down turns the pelvis back within the first 10 cm of the drop.
        var (alarmed, peakRise) = Run(new WinkDetectorSettings(), posteriorTiltDegrees: 6f, heightMeters: -0.05f);
        Assert.False(alarmed);
        Assert.InRange(peakRise, 4.5f, 5.1f);
    }

    [Theory]
    [InlineData(-0.05f, false)] // bending over or sitting down: the pelvis turned high
    [InlineData(0.3f, false)]   // standing up from a chair: the pelvis rose
    [InlineData(-0.3f, true)]   // a squat: the pelvis turned near depth
    public void Pelvis_only_mode_is_armed_only_when_the_pelvis_turned_low(float heightMeters, bool expectAlarm)
    {
        var (alarmed, _) = Run(new WinkDetectorSettings(), posteriorTiltDegrees: 10f, heightMeters, pelvisOnly: true);
        Assert.Equal(expectAlarm, alarmed);
    }

    [Fact]
    public void A_forgotten_reference_restarts_the_braking_moment_from_the_new_axis()
    {
        // About a provisional axis the tilt jumps by 25 deg when the axis is replaced; that jump is no forward tilt
        // rate, so the braking moment must not stay before it (the rise would then include all the descent's rounding).
        var detector = new WinkDetector(new WinkDetectorSettings());
        long time = 0;
        detector.BeginRep(time, 0f, 0f);
        float tilt = 0f, flexion = 0f;
        for (int i = 0; i < 10; i++)
            detector.Update(time += SamplePeriodMicroseconds, tilt -= 1f, flexion += 0.1f, -0.05f, false, false, Threshold);
        detector.ForgetReference();
        tilt += 25f;
        for (int i = 0; i < 60; i++)
            detector.Update(time += SamplePeriodMicroseconds, tilt += 0.5f, flexion += 0.2f, -0.3f, false, false, Threshold);
        // Braking (slow forward tilt) with rounding, then a 6 deg tuck with 2 deg more flexion: 5.2 deg above the
        // braking moment, not the 14 deg above the provisional start.
        for (int i = 0; i < 20; i++)
            detector.Update(time += SamplePeriodMicroseconds, tilt += 0.1f, flexion += 0.16f, -0.35f, false, true, Threshold);
        bool alarmed = false;
        for (int i = 0; i < 20; i++)
            alarmed |= detector.Update(time += SamplePeriodMicroseconds, tilt -= 0.3f, flexion += 0.1f, -0.4f, false, true, Threshold);
        Assert.False(alarmed);
        Assert.InRange(detector.PeakRiseDegrees, 2f, 5.6f);
    }
}
