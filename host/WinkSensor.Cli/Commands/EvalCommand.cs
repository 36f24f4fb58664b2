using System.CommandLine;
using System.Globalization;
using WinkSensor.Host.Evaluation;

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
        var command = new Command("eval", "Score the estimators against reference data (choose a mode, e.g. --broad DIR).");
        command.Options.Add(broad);
        command.SetAction(parseResult =>
        {
            var broadDirectory = parseResult.GetValue(broad);
            if (broadDirectory != null) return RunBroad(broadDirectory.FullName, Console.Out, Console.Error);
            Console.Error.WriteLine("eval: choose a mode, e.g. `winksensor eval --broad tests/data/broad`.");
            return 2;
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
