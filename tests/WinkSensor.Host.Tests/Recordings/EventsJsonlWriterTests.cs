using System.Globalization;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Recordings;
using WinkSensor.Host.Replay;

namespace WinkSensor.Host.Tests.Recordings;

public class EventsJsonlWriterTests
{
    [Fact]
    public void Events_are_written_in_the_fixed_formats_with_invariant_numbers_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE"); // decimal comma would break the format
        try
        {
            var writer = new StringWriter();
            EventsJsonlWriter.Write(writer, new ReplayEvent[]
            {
                new CalibratedEvent(2.0055),
                new WinkEvent(1, 4.12, 4.0, 8.25) { OnsetDepthCentimetres = 31.254, OnsetFractionOfDepth = 0.8123 },
                new RepEvent(1, 3.1, 4.25, 5.6, 25.5, true, false)
                {
                    DepthCentimetres = 38.456, MeanConcentricVelocityMetersPerSecond = 0.5123, PeakConcentricVelocityMetersPerSecond = 1.2,
                },
                new FaultEvent(FaultCode.ThoracolumbarSensorLost, 6.0),
                new WinkEvent(2, 7.5, 7.4, 6.5),
                new RepEvent(2, 6.5, 7.3, 8.9, 20, true, false),
            });
            Assert.Equal(new[]
            {
                "{\"type\":\"calibrated\",\"t\":2.005500}",
                "{\"type\":\"wink\",\"rep\":1,\"t\":4.120000,\"onset\":4.000000,\"magnitude_deg\":8.250,\"onset_depth_cm\":31.25,\"onset_fraction_of_depth\":0.812}",
                "{\"type\":\"rep\",\"rep\":1,\"start\":3.100000,\"bottom\":4.250000,\"end\":5.600000,\"peak_flexion_deg\":25.500,\"wink\":true,\"depth_cm\":38.46,\"mean_concentric_velocity_m_per_s\":0.512,\"peak_concentric_velocity_m_per_s\":1.200}",
                // Not measured: null, never NaN (which is no JSON).
                "{\"type\":\"wink\",\"rep\":2,\"t\":7.500000,\"onset\":7.400000,\"magnitude_deg\":6.500,\"onset_depth_cm\":null,\"onset_fraction_of_depth\":null}",
                "{\"type\":\"rep\",\"rep\":2,\"start\":6.500000,\"bottom\":7.300000,\"end\":8.900000,\"peak_flexion_deg\":20.000,\"wink\":true,\"depth_cm\":null,\"mean_concentric_velocity_m_per_s\":null,\"peak_concentric_velocity_m_per_s\":null}",
            }, writer.ToString().TrimEnd().Split(Environment.NewLine));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_collector_gives_a_wink_event_the_retrospective_magnitude_of_its_rep()
    {
        var collector = new ReplayEventCollector();
        collector.WinkDetected(new WinkRecord { RepNumber = 1, AlarmMicroseconds = 4_120_000, OnsetMicroseconds = 4_000_000, MagnitudeDegrees = 6.2f });
        collector.RepCompleted(new RepRecord { RepNumber = 1, StartMicroseconds = 3_000_000, BottomMicroseconds = 4_300_000, EndMicroseconds = 5_600_000,
            Wink = true, WinkOnsetMicroseconds = 4_000_000, WinkMagnitudeDegrees = 14.5f, PeakFlexionDegrees = 25f });
        var wink = Assert.IsType<WinkEvent>(collector.Events[0]);
        Assert.Equal(4.12, wink.TimeSeconds, 6);
        Assert.Equal(14.5, wink.MagnitudeDegrees, 3);
        Assert.IsType<RepEvent>(collector.Events[1]);
    }

    [Fact]
    public void The_collector_gives_a_wink_event_its_onset_depth_and_the_rep_event_its_depth_and_velocity()
    {
        var collector = new ReplayEventCollector();
        collector.WinkDetected(new WinkRecord { RepNumber = 1, AlarmMicroseconds = 4_120_000, OnsetMicroseconds = 4_000_000, MagnitudeDegrees = 6.2f });
        collector.RepCompleted(new RepRecord { RepNumber = 1, StartMicroseconds = 3_000_000, BottomMicroseconds = 4_300_000, EndMicroseconds = 5_600_000,
            Wink = true, WinkOnsetMicroseconds = 4_000_000, WinkMagnitudeDegrees = 14.5f, DepthMeters = 0.42f,
            MeanConcentricVelocityMetersPerSecond = 0.55f, PeakConcentricVelocityMetersPerSecond = 1.1f,
            WinkOnsetDepthCentimetres = 35f, WinkOnsetFractionOfDepth = 0.8333f });
        var wink = Assert.IsType<WinkEvent>(collector.Events[0]);
        Assert.Equal(35, wink.OnsetDepthCentimetres, 3);
        Assert.Equal(0.8333, wink.OnsetFractionOfDepth, 3);
        var rep = Assert.IsType<RepEvent>(collector.Events[1]);
        Assert.Equal(42, rep.DepthCentimetres, 3);
        Assert.Equal(0.55, rep.MeanConcentricVelocityMetersPerSecond, 3);
        Assert.Equal(1.1, rep.PeakConcentricVelocityMetersPerSecond, 3);
    }
}
