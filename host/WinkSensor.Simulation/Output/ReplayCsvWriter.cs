using System.Globalization;
using WinkSensor.Core.Numerics;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Recording;

namespace WinkSensor.Simulation.Output;

/// <summary>
/// Writes a recording in the replay CSV format: time (s), each sensor's accelerometer (g) and gyro (deg/s) in its own
/// MPU-6050 axes, then the ground-truth columns. Accelerations are written with 5 decimals and rates with 4, enough
/// to recover the exact 16-bit counts at ±4 g / ±500 deg/s. The tl columns are left out when the thoracolumbar
/// sensor is not worn, and left empty from its dropout on.
/// </summary>
public static class ReplayCsvWriter
{
    public const string SacrumColumns = "t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz";
    public const string ThoracolumbarColumns = "tl_ax,tl_ay,tl_az,tl_gx,tl_gy,tl_gz";
    public const string TruthColumns =
        "gt_flexion_deg,gt_sacrum_up_x,gt_sacrum_up_y,gt_sacrum_up_z,gt_tl_up_x,gt_tl_up_y,gt_tl_up_z,gt_phase,gt_rep,gt_wink";

    public static string Header(bool includeThoracolumbar) =>
        includeThoracolumbar
            ? SacrumColumns + "," + ThoracolumbarColumns + "," + TruthColumns
            : SacrumColumns + "," + TruthColumns;

    /// <summary>Writes the header and every sample; returns the number of rows written.</summary>
    public static int Write(TextWriter writer, IEnumerable<SimulatedSample> samples, bool includeThoracolumbar)
    {
        writer.Write(Header(includeThoracolumbar));
        writer.Write('\n');
        int rows = 0;
        var line = new System.Text.StringBuilder(256);
        foreach (SimulatedSample sample in samples)
        {
            line.Clear();
            Append(line, sample.TimeS, "F6");
            AppendImu(line, sample.Sacrum.Acceleration, sample.Sacrum.AngularRate);
            if (includeThoracolumbar)
            {
                if (sample.ThoracolumbarPresent)
                    AppendImu(line, sample.Thoracolumbar.Acceleration, sample.Thoracolumbar.AngularRate);
                else
                    line.Append(",,,,,,");
            }
            SampleTruth truth = sample.Truth;
            line.Append(',');
            Append(line, truth.FlexionDeg, "F3");
            AppendVector(line, truth.SacrumUp);
            AppendVector(line, truth.ThoracolumbarUp);
            line.Append(',').Append(truth.Phase.ToCsvName());
            line.Append(',').Append(truth.Rep.ToString(CultureInfo.InvariantCulture));
            line.Append(',').Append(truth.WinkUnderWay ? '1' : '0');
            line.Append('\n');
            writer.Write(line);
            rows++;
        }
        return rows;
    }

    /// <summary>Writes to a file (created or replaced); returns the number of rows.</summary>
    public static int Write(string path, IEnumerable<SimulatedSample> samples, bool includeThoracolumbar)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        return Write(writer, samples, includeThoracolumbar);
    }

    private static void AppendImu(System.Text.StringBuilder line, Vector3 accelerationG, Vector3 rateDps)
    {
        foreach (float value in new[] { accelerationG.X, accelerationG.Y, accelerationG.Z })
        {
            line.Append(',');
            Append(line, value, "F5");
        }
        foreach (float value in new[] { rateDps.X, rateDps.Y, rateDps.Z })
        {
            line.Append(',');
            Append(line, value, "F4");
        }
    }

    private static void AppendVector(System.Text.StringBuilder line, Vector3d v)
    {
        line.Append(',');
        Append(line, v.X, "F5");
        line.Append(',');
        Append(line, v.Y, "F5");
        line.Append(',');
        Append(line, v.Z, "F5");
    }

    private static void Append(System.Text.StringBuilder line, double value, string format)
    {
        string text = value.ToString(format, CultureInfo.InvariantCulture);
        // "-0.00000" reads as a sign flip to people and diff tools; write plain zero.
        if (text[0] == '-' && text.AsSpan(1).Trim("0.").IsEmpty) text = text.Substring(1);
        line.Append(text);
    }
}
