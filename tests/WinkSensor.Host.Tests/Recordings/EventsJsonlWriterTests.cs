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
                new WinkEvent(1, 4.12, 4.0, 8.25),
                new RepEvent(1, 3.1, 4.25, 5.6, 25.5, true, false),
                new FaultEvent(FaultCode.ThoracolumbarSensorLost, 6.0),
            });
            Assert.Equal(new[]
            {
                "{\"type\":\"calibrated\",\"t\":2.005500}",
                "{\"type\":\"wink\",\"rep\":1,\"t\":4.120000,\"onset\":4.000000,\"magnitude_deg\":8.250}",
                "{\"type\":\"rep\",\"rep\":1,\"start\":3.100000,\"bottom\":4.250000,\"end\":5.600000,\"peak_flexion_deg\":25.500,\"wink\":true}",
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
}
