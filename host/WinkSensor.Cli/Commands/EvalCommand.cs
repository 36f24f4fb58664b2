using System.CommandLine;
using System.Globalization;
using WinkSensor.Host.Evaluation;
using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Evaluation;

namespace WinkSensor.Cli.Commands;

/// <summary>
/// `winksensor eval`: scores the wearable's estimators against reference data. One mode per option; today
/// `--broad DIR` (the inclination filter on BROAD trials with optical ground truth).
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var broad = new Option<DirectoryInfo>("--broad")
        {
            Description = "Folder of BROAD-format trials (*.csv, e.g. tests/data/broad): inclination RMSE per trial against VQF's figures",
        };
        var athletes = new Option<int>("--athletes")
        {
            Description = "Simulated athletes in the cohort (3 sets of 5 reps each, half of them winkers)",
            DefaultValueFactory = _ => 40,
        };
        var seed = new Option<long>("--seed") { Description = "Cohort seed", DefaultValueFactory = _ => 1 };
        var cases = new Option<string>("--case")
        {
            Description = "Robustness case to run: all, or one of " + string.Join(", ", Enum.GetNames<RobustnessCase>()),
            DefaultValueFactory = _ => "all",
        };
        var accelerometerCalibration = new Option<string>("--accelerometer-calibration")
        {
            Description = "Accelerometer calibration before each simulated session: six-position (default, as the product is used: "
                + "the wearer has run `winksensor calibrate`, simulated through the device runtime's calibration mode) or none (raw chips)",
            DefaultValueFactory = _ => "six-position",
        };
        var json = new Option<bool>("--json") { Description = "Also print one JSON object with the figures on the last line" };
        var command = new Command("eval",
            "Score the wearable: a simulated cohort through the device runtime against ground truth (default), or the inclination filter on BROAD trials (--broad DIR).");
        command.Options.Add(broad);
        command.Options.Add(athletes);
        command.Options.Add(seed);
        command.Options.Add(cases);
        command.Options.Add(accelerometerCalibration);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var broadDirectory = parseResult.GetValue(broad);
            if (broadDirectory != null) return RunBroad(broadDirectory.FullName, Console.Out, Console.Error);
            string caseName = parseResult.GetValue(cases) ?? "all";
            RobustnessCase[] chosen;
            if (caseName.Equals("all", StringComparison.OrdinalIgnoreCase)) chosen = Enum.GetValues<RobustnessCase>();
            else if (Enum.TryParse<RobustnessCase>(caseName, ignoreCase: true, out var single)) chosen = [single];
            else
            {
                Console.Error.WriteLine($"eval: unknown case '{caseName}'; use all or one of {string.Join(", ", Enum.GetNames<RobustnessCase>())}.");
                return 2;
            }
            string calibrationName = parseResult.GetValue(accelerometerCalibration) ?? "six-position";
            AccelerometerCalibrationMode calibrationMode;
            if (calibrationName.Equals("none", StringComparison.OrdinalIgnoreCase)) calibrationMode = AccelerometerCalibrationMode.None;
            else if (calibrationName.Equals("six-position", StringComparison.OrdinalIgnoreCase)) calibrationMode = AccelerometerCalibrationMode.SixPosition;
            else
            {
                Console.Error.WriteLine($"eval: unknown accelerometer calibration '{calibrationName}'; use none or six-position.");
                return 2;
            }
            return CohortEvaluationReport.Run(parseResult.GetValue(athletes), parseResult.GetValue(seed), chosen,
                parseResult.GetValue(json), Console.Out, Console.Error, calibrationMode);
        });
        return command;
    }

    /// <summary>Prints the BROAD table; exit code 0 when every trial with a VQF figure meets it, 1 when one does not, 2 on bad input.</summary>
    public static int RunBroad(string directory, TextWriter output, TextWriter error)
    {
        IReadOnlyList<BroadTrialResult> results;
        try
        {
            results = BroadInclinationEvaluation.EvaluateDirectory(directory);
        }
        catch (BroadFormatException exception)
        {
            error.WriteLine("eval --broad: " + exception.Message);
            return 2;
        }
        catch (IOException exception)
        {
            error.WriteLine("eval --broad: cannot read the trials: " + exception.Message);
            return 2;
        }

        var culture = CultureInfo.InvariantCulture;
        output.WriteLine("Inclination RMSE on BROAD (sacrum filter, default settings), deg");
        output.WriteLine(string.Format(culture, "{0,-40} {1,8} {2,10} {3,8} {4,6}", "trial", "samples", "RMSE", "VQF", "result"));
        foreach (var result in results)
        {
            string reference = result.VqfRmseDegrees is double vqf ? vqf.ToString("F3", culture) : "-";
            string verdict = result.VqfRmseDegrees == null ? "-" : result.MeetsVqf ? "pass" : "FAIL";
            output.WriteLine(string.Format(culture, "{0,-40} {1,8} {2,10:F4} {3,8} {4,6}",
                Path.GetFileNameWithoutExtension(result.FileName), result.SamplesScored, result.RmseDegrees, reference, verdict));
        }
        return results.All(r => r.VqfRmseDegrees == null || r.MeetsVqf) ? 0 : 1;
    }
}
