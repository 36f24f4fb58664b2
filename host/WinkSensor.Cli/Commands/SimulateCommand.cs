using System.CommandLine;
using System.Globalization;
using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Output;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.Script;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor simulate`: writes a simulated two-IMU recording (replay CSV) and its truth JSON.</summary>
internal static class SimulateCommand
{
    private const int BadArguments = 2;

    public static Command Create()
    {
        var command = new Command("simulate", "Simulate a squat session (or other activities) as a replay CSV with ground truth.");
        var o = new Dictionary<string, Option<string>>();
        void Add(string name, string description)
        {
            var option = new Option<string>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
            o[name] = option;
            command.Options.Add(option);
        }
        Add("--out", "CSV file to write (required)");
        Add("--truth", "truth JSON to write (default: <out without .csv>.truth.json)");
        Add("--reps", "squat reps (default 5)");
        Add("--wink", "on | off | mixed (default on)");
        Add("--seed", "random seed, integer (default 1)");
        Add("--activity", "squat | walk | stoop | sit | mixed (default squat)");
        Add("--load-kg", "barbell load, kg (default 0)");
        Add("--tempo-s", "rep duration, descent + ascent, s (default 3.3 winker / 2.6 non-winker)");
        Add("--bottom-pause-s", "pause at the bottom, s (default 0)");
        Add("--depth-deg", "thigh angle from vertical at the bottom, deg (default 100)");
        Add("--sex", "male | female (default male)");
        Add("--stance-width", "stance width / shoulder width (default 1.0)");
        Add("--toe-out-deg", "toe-out angle, deg (default 15)");
        Add("--heel-raise-cm", "heel raise, cm (default 0)");
        Add("--mount-rotation", "random | none | 90 (default random)");
        Add("--gyro-offset-dps", "gyro zero-rate offset on every axis of both chips at power-up, deg/s");
        Add("--tl-dropout-s", "the thoracolumbar sensor stops delivering from this time, s");
        Add("--threshold-deg", "alarm threshold above the rep reference for the truth crossing times, deg (default 8)");
        Add("--sensors", "both | sacrum (default both: sacrum only leaves the tl columns out)");
        Add("--sensor-errors", "datasheet | ideal (default datasheet)");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse, name => parse.GetResult(o[name]) is null ? null : parse.GetValue(o[name]) ?? "");
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return BadArguments;
            }
            catch (IOException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 1;
            }
            catch (UnauthorizedAccessException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 1;
            }
        });
        return command;
    }

    private static int Run(ParseResult parse, Func<string, string?> value)
    {
        if (parse.UnmatchedTokens.Count > 0)
            throw new ArgumentException($"unknown argument '{parse.UnmatchedTokens[0]}' (see winksensor simulate --help)");
        var args = new Arguments(value);
        string output = args.Text("--out") ?? throw new ArgumentException("--out <file.csv> is required");
        if (output.Length == 0) throw new ArgumentException("--out needs a file name");
        string truthPath = args.Text("--truth") ?? DefaultTruthPath(output);

        var stance = new SquatStance
        {
            WidthRatio = args.Number("--stance-width", 1.0, 0.5, 2.5),
            ToeOutDeg = args.Number("--toe-out-deg", 15, -10, 60),
            HeelRaiseCm = args.Number("--heel-raise-cm", 0, 0, 8),
        };
        var scenario = new QuickScenario
        {
            Reps = (int)args.Number("--reps", 5, 1, 100, integer: true),
            Wink = args.Choice("--wink", WinkMode.On, ("on", WinkMode.On), ("off", WinkMode.Off), ("mixed", WinkMode.Mixed)),
            Activity = args.Choice("--activity", ActivityMode.Squat, ("squat", ActivityMode.Squat), ("walk", ActivityMode.Walk),
                ("stoop", ActivityMode.Stoop), ("sit", ActivityMode.Sit), ("mixed", ActivityMode.Mixed)),
            Sex = args.Choice("--sex", Sex.Male, ("male", Sex.Male), ("female", Sex.Female)),
            LoadKg = args.Number("--load-kg", 0, 0, 400),
            RepDurationS = args.OptionalNumber("--tempo-s", 0.8, 8),
            BottomPauseS = args.Number("--bottom-pause-s", 0, 0, 5),
            DepthDeg = args.Number("--depth-deg", 100, 40, 130),
            Stance = stance,
        };
        long seed = (long)args.Number("--seed", 1, long.MinValue, long.MaxValue, integer: true);
        SensorErrorSettings errors = args.Choice("--sensor-errors", SensorErrorSettings.Datasheet,
            ("datasheet", SensorErrorSettings.Datasheet), ("ideal", SensorErrorSettings.Ideal));
        if (args.OptionalNumber("--gyro-offset-dps", -250, 250) is { } offset)
            errors = errors with { GyroOffsetOverrideDps = offset };
        var settings = new SimulationSettings
        {
            Seed = seed,
            MountRotation = args.Choice("--mount-rotation", MountRotationKind.Random,
                ("random", MountRotationKind.Random), ("none", MountRotationKind.None), ("90", MountRotationKind.Ninety)),
            SensorErrors = errors,
            ThoracolumbarSensorPresent = args.Choice("--sensors", true, ("both", true), ("sacrum", false)),
            ThoracolumbarDropoutS = args.OptionalNumber("--tl-dropout-s", 0, 86400),
            AlarmThresholdDeg = args.Number("--threshold-deg", 8, 0.5, 60),
        };
        if (scenario.Validate() is { } problem) throw new ArgumentException(problem);

        var (athlete, script) = scenario.Build(seed);
        var simulator = new RecordingSimulator(athlete, script, settings);
        int rows = ReplayCsvWriter.Write(output, simulator.Samples(), settings.ThoracolumbarSensorPresent);
        TruthJsonWriter.Write(truthPath, simulator.Truth);

        RecordingTruth truth = simulator.Truth;
        int winks = truth.Reps.Count(rep => rep.Winks);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulated {truth.DurationS:F1} s, {rows} samples, {truth.Reps.Count} reps ({winks} winking), " +
            $"{truth.Activities.Count(a => a.Activity is "walk" or "stoop" or "sit_to_stand")} other activities, seed {seed} -> {output}, {truthPath}"));
        return 0;
    }

    private static string DefaultTruthPath(string csvPath) =>
        (csvPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? csvPath[..^4] : csvPath) + ".truth.json";

    /// <summary>Reads option texts and turns them into checked values, throwing ArgumentException with a clear message.</summary>
    private sealed class Arguments(Func<string, string?> value)
    {
        public string? Text(string name) => value(name);

        public double Number(string name, double fallback, double min, double max, bool integer = false) =>
            OptionalNumber(name, min, max, integer) ?? fallback;

        public double? OptionalNumber(string name, double min, double max, bool integer = false)
        {
            string? text = value(name);
            if (text is null) return null;
            if (integer)
            {
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long whole))
                    throw new ArgumentException($"{name} needs a whole number, got '{text}'");
                if (whole < min || whole > max)
                    throw new ArgumentException($"{name} {whole} is outside {min.ToString(CultureInfo.InvariantCulture)}-{max.ToString(CultureInfo.InvariantCulture)}");
                return whole;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
                throw new ArgumentException($"{name} needs a number, got '{text}'");
            if (number < min || number > max)
                throw new ArgumentException($"{name} {text} is outside {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return number;
        }

        public T Choice<T>(string name, T fallback, params (string Name, T Value)[] choices)
        {
            string? text = value(name);
            if (text is null) return fallback;
            foreach (var choice in choices)
                if (string.Equals(choice.Name, text, StringComparison.OrdinalIgnoreCase)) return choice.Value;
            throw new ArgumentException($"{name} must be one of {string.Join(", ", choices.Select(c => c.Name))}, got '{text}'");
        }
    }
}
