using Spectre.Console;

namespace WinkSensor.Cli.Support;

/// <summary>Shows named steps as progress bars on the error console when it is a terminal; runs them silently otherwise.</summary>
internal static class ProgressSteps
{
    public static T Run<T>(IAnsiConsole console, Func<Action<string>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive) return work(_ => { });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                ProgressTask? current = null;
                var result = work(step =>
                {
                    current?.Value(current.MaxValue);
                    current = progress.AddTask(step);
                    current.IsIndeterminate = true;
                });
                current?.Value(current.MaxValue);
                return result;
            });
    }
}
