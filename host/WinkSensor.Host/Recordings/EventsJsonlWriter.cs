using System.Globalization;
using WinkSensor.Host.Replay;

namespace WinkSensor.Host.Recordings;

/// <summary>
/// Writes the events as JSON lines, one object per line, in the fixed formats:
/// `{"type":"calibrated","t":s}`, `{"type":"rep","rep":n,"start":s,"bottom":s,"end":s,"peak_flexion_deg":x,"wink":bool}`,
/// `{"type":"wink","rep":n,"t":s,"onset":s,"magnitude_deg":x}`. Times in s with 6 decimals, angles with 3,
/// invariant culture. Faults are not part of this format and are left out.
/// </summary>
public static class EventsJsonlWriter
{
    public static void Write(TextWriter writer, IEnumerable<ReplayEvent> events)
    {
        foreach (var replayEvent in events)
        {
            string? line = replayEvent switch
            {
                CalibratedEvent c => $"{{\"type\":\"calibrated\",\"t\":{S(c.TimeSeconds)}}}",
                RepEvent r => $"{{\"type\":\"rep\",\"rep\":{r.Rep},\"start\":{S(r.StartSeconds)},\"bottom\":{S(r.BottomSeconds)},\"end\":{S(r.EndSeconds)},\"peak_flexion_deg\":{D(r.PeakFlexionDegrees)},\"wink\":{(r.Wink ? "true" : "false")}}}",
                WinkEvent w => $"{{\"type\":\"wink\",\"rep\":{w.Rep},\"t\":{S(w.TimeSeconds)},\"onset\":{S(w.OnsetSeconds)},\"magnitude_deg\":{D(w.MagnitudeDegrees)}}}",
                _ => null,
            };
            if (line != null) writer.WriteLine(line);
        }
    }

    private static string S(double seconds) => seconds.ToString("F6", CultureInfo.InvariantCulture);

    private static string D(double degrees) => degrees.ToString("F3", CultureInfo.InvariantCulture);
}
