using System.Globalization;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Replay;

namespace WinkSensor.Host.Recordings;

/// <summary>
/// Writes the per-sample output CSV: `t,sacrum_up_x,sacrum_up_y,sacrum_up_z,tl_up_x,tl_up_y,tl_up_z,flexion_deg,phase`.
/// Up vectors are unit vectors against gravity in each sensor's frame; tl cells are empty when the thoracolumbar
/// sensor gives no estimate; phase is calibrating, standing, descent, bottom, ascent or other. Invariant culture.
/// </summary>
public static class SamplesCsvWriter
{
    public const string Header = "t,sacrum_up_x,sacrum_up_y,sacrum_up_z,tl_up_x,tl_up_y,tl_up_z,flexion_deg,phase";

    public static void Write(TextWriter writer, IEnumerable<ReplaySample> samples)
    {
        writer.WriteLine(Header);
        foreach (var sample in samples)
        {
            writer.Write(F(sample.TimeSeconds, 6)); writer.Write(',');
            writer.Write(F(sample.SacrumUp.X, 6)); writer.Write(',');
            writer.Write(F(sample.SacrumUp.Y, 6)); writer.Write(',');
            writer.Write(F(sample.SacrumUp.Z, 6)); writer.Write(',');
            if (sample.ThoracolumbarUp is { } up)
            {
                writer.Write(F(up.X, 6)); writer.Write(',');
                writer.Write(F(up.Y, 6)); writer.Write(',');
                writer.Write(F(up.Z, 6)); writer.Write(',');
            }
            else writer.Write(",,,");
            writer.Write(F(sample.FlexionDegrees, 3)); writer.Write(',');
            writer.WriteLine(PhaseName(sample.Phase));
        }
    }

    public static string PhaseName(SquatPhase phase) => phase switch
    {
        SquatPhase.Calibrating => "calibrating",
        SquatPhase.Standing => "standing",
        SquatPhase.Descent => "descent",
        SquatPhase.Bottom => "bottom",
        SquatPhase.Ascent => "ascent",
        _ => "other",
    };

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
