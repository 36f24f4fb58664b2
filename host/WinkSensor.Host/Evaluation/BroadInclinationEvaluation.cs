using System.Globalization;
using WinkSensor.Core.Fusion;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Host.Evaluation;

/// <summary>One BROAD trial scored: inclination RMSE over the movement phases, and VQF's figure for comparison.</summary>
/// <param name="Trial">Trial number from the file name, e.g. "02".</param>
/// <param name="SamplesScored">Samples with gt_movement = 1 and a complete ground truth.</param>
/// <param name="RmseDegrees">Root mean square of the angle between estimated and true up, deg.</param>
/// <param name="VqfRmseDegrees">VQF's RMSE on the same file, deg; null for a trial without a reference figure.</param>
public sealed record BroadTrialResult(string Trial, string FileName, int SamplesScored, double RmseDegrees, double? VqfRmseDegrees)
{
    /// <summary>True when there is a VQF figure and this filter's unrounded RMSE is at or below it.</summary>
    public bool MeetsVqf => VqfRmseDegrees is double reference && RmseDegrees <= reference;
}

/// <summary>A BROAD-format file that cannot be evaluated; the message says why and names the file.</summary>
public sealed class BroadFormatException(string message) : Exception(message);

/// <summary>
/// Runs the inclination filter on the sacrum columns of BROAD trials in the project's recording format
/// (tests/data/broad/README.md) and scores it as BROAD does: per trial, RMSE of the angle between estimated and true
/// up vectors over the samples with gt_movement = 1 and no nan.
/// </summary>
public static class BroadInclinationEvaluation
{
    /// <summary>VQF's inclination RMSE on the four shipped trials (same files, 6D), deg; from data/broad/README.md.</summary>
    public static readonly IReadOnlyDictionary<string, double> VqfRmseDegrees = new Dictionary<string, double>
    {
        ["02"] = 0.400,
        ["10"] = 0.287,
        ["15"] = 0.417,
        ["21"] = 1.859,
    };

    private static readonly string[] RequiredColumns =
    [
        "t", "sacrum_ax", "sacrum_ay", "sacrum_az", "sacrum_gx", "sacrum_gy", "sacrum_gz",
        "gt_sacrum_up_x", "gt_sacrum_up_y", "gt_sacrum_up_z", "gt_movement",
    ];

    /// <summary>Evaluates every *.csv in the folder, in name order.</summary>
    public static IReadOnlyList<BroadTrialResult> EvaluateDirectory(string directory, FusionSettings? settings = null)
    {
        if (!Directory.Exists(directory)) throw new BroadFormatException($"BROAD folder not found: {directory}");
        var files = Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new BroadFormatException($"No BROAD trials (*.csv) in {directory}");
        return files.Select(file => EvaluateFile(file, settings)).ToList();
    }

    /// <summary>Runs a fresh filter (default settings unless given) over one trial file and scores it.</summary>
    public static BroadTrialResult EvaluateFile(string path, FusionSettings? settings = null)
    {
        var trial = BroadTrial.Read(path);
        var filter = new InclinationFilter(settings ?? new FusionSettings());
        float samplePeriod = (float)trial.SamplePeriodSeconds;
        double squaredErrorSum = 0;
        int scored = 0;
        for (int i = 0; i < trial.Count; i++)
        {
            filter.Update(trial.Samples[i], samplePeriod);
            if (!trial.Scored[i]) continue;
            double error = Vector3.AngleDegrees(filter.Up, trial.TrueUp[i]);
            squaredErrorSum += error * error;
            scored++;
        }
        if (scored == 0) throw new BroadFormatException($"{path}: no samples with gt_movement = 1 and a complete ground truth to score");
        string fileName = Path.GetFileName(path);
        string trialNumber = fileName.Split('_')[0];
        double? reference = VqfRmseDegrees.TryGetValue(trialNumber, out double value) ? value : null;
        return new BroadTrialResult(trialNumber, fileName, scored, Math.Sqrt(squaredErrorSum / scored), reference);
    }

    /// <summary>The sacrum IMU samples and ground truth of one trial, read by column name.</summary>
    private sealed class BroadTrial
    {
        public required ImuSample[] Samples { get; init; }
        public required Vector3[] TrueUp { get; init; }
        public required bool[] Scored { get; init; }
        public required double SamplePeriodSeconds { get; init; }
        public int Count => Samples.Length;

        public static BroadTrial Read(string path)
        {
            if (!File.Exists(path)) throw new BroadFormatException($"BROAD trial not found: {path}");
            using var reader = new StreamReader(path);
            string? header = reader.ReadLine();
            if (header == null) throw new BroadFormatException($"{path}: the file is empty");
            var names = header.Split(',').Select(n => n.Trim()).ToList();
            var missing = RequiredColumns.Where(c => !names.Contains(c)).ToList();
            if (missing.Count > 0) throw new BroadFormatException($"{path}: missing column(s) {string.Join(", ", missing)}");
            int[] index = RequiredColumns.Select(c => names.IndexOf(c)).ToArray();

            var samples = new List<ImuSample>();
            var trueUp = new List<Vector3>();
            var scored = new List<bool>();
            var times = new List<double>();
            int lineNumber = 1;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                lineNumber++;
                if (line.Length == 0) continue;
                var fields = line.Split(',');
                if (fields.Length < names.Count) throw new BroadFormatException($"{path}, line {lineNumber}: {fields.Length} fields, the header has {names.Count}");
                var v = new double[index.Length];
                for (int c = 0; c < index.Length; c++)
                {
                    if (!double.TryParse(fields[index[c]], NumberStyles.Float, CultureInfo.InvariantCulture, out v[c]))
                        throw new BroadFormatException($"{path}, line {lineNumber}: '{fields[index[c]]}' in column {RequiredColumns[c]} is not a number");
                }
                for (int c = 0; c < 7; c++)
                    if (!double.IsFinite(v[c])) throw new BroadFormatException($"{path}, line {lineNumber}: column {RequiredColumns[c]} must be a finite number");
                times.Add(v[0]);
                samples.Add(new ImuSample(new Vector3((float)v[1], (float)v[2], (float)v[3]), new Vector3((float)v[4], (float)v[5], (float)v[6])));
                trueUp.Add(new Vector3((float)v[7], (float)v[8], (float)v[9]));
                scored.Add(v[10] == 1 && double.IsFinite(v[7]) && double.IsFinite(v[8]) && double.IsFinite(v[9]));
            }
            if (samples.Count < 2) throw new BroadFormatException($"{path}: fewer than two samples");
            double period = (times[^1] - times[0]) / (times.Count - 1);
            if (!(period > 0)) throw new BroadFormatException($"{path}: column t does not increase");
            return new BroadTrial { Samples = samples.ToArray(), TrueUp = trueUp.ToArray(), Scored = scored.ToArray(), SamplePeriodSeconds = period };
        }
    }
}
