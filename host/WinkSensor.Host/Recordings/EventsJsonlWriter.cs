using System.Globalization;
using WinkSensor.Host.Replay;

namespace WinkSensor.Host.Recordings;

/// <summary>
/// Writes the events as JSON lines, one object per line, in the fixed formats:
/// `{"type":"calibrated","t":s}`,
/// `{"type":"rep","rep":n,"start":s,"bottom":s,"end":s,"peak_flexion_deg":x,"wink":bool,"depth_cm":x,
/// "mean_concentric_velocity_m_per_s":x,"peak_concentric_velocity_m_per_s":x}`,
/// `{"type":"wink","rep":n,"t":s,"onset":s,"magnitude_deg":x,"onset_depth_cm":x,"onset_fraction_of_depth":x}`.
/// Times in s with 6 decimals, angles, velocities and the fraction with 3, depths in cm with 2, invariant culture;
/// a value not measured is null. Faults are not part of this format and are left out.
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
                RepEvent r => $"{{\"type\":\"rep\",\"rep\":{r.Rep},\"start\":{S(r.StartSeconds)},\"bottom\":{S(r.BottomSeconds)},\"end\":{S(r.EndSeconds)},\"peak_flexion_deg\":{D(r.PeakFlexionDegrees)},\"wink\":{(r.Wink ? "true" : "false")}"
                    + $",\"depth_cm\":{Number(r.DepthCentimetres, "F2")},\"mean_concentric_velocity_m_per_s\":{Number(r.MeanConcentricVelocityMetersPerSecond, "F3")},\"peak_concentric_velocity_m_per_s\":{Number(r.PeakConcentricVelocityMetersPerSecond, "F3")}}}",
                WinkEvent w => $"{{\"type\":\"wink\",\"rep\":{w.Rep},\"t\":{S(w.TimeSeconds)},\"onset\":{S(w.OnsetSeconds)},\"magnitude_deg\":{D(w.MagnitudeDegrees)}"
                    + $",\"onset_depth_cm\":{Number(w.OnsetDepthCentimetres, "F2")},\"onset_fraction_of_depth\":{Number(w.OnsetFractionOfDepth, "F3")}}}",
                _ => null,
            };
            if (line != null) writer.WriteLine(line);
        }
    }

    private static string S(double seconds) => seconds.ToString("F6", CultureInfo.InvariantCulture);

    private static string D(double degrees) => degrees.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>A measured value in the given format, or null when it was not measured (NaN or infinite).</summary>
    private static string Number(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "null";
}
