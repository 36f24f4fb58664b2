using System.Globalization;
using Spectre.Console;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Support;

/// <summary>
/// Alerts on the terminal: a bell (on a real terminal) and a coloured line per wink, fault or link change.
/// Shares a lock with the live status line so the two never interleave.
/// </summary>
internal sealed class TerminalAlertNotifier(IAnsiConsole console, TextWriter rawWriter, object writeLock, bool interactive) : IAlertNotifier
{
    public void Notify(RecorderAlert alert)
    {
        var (colour, label) = alert.Kind switch
        {
            AlertKind.Wink => ("red bold", "WINK"),
            AlertKind.Fault => ("yellow", "FAULT"),
            AlertKind.ConnectionLost => ("yellow", "LINK"),
            AlertKind.ConnectionRestored => ("green", "LINK"),
            _ => ("yellow", alert.Kind.ToString().ToUpperInvariant()),
        };
        lock (writeLock)
        {
            if (interactive)
            {
                rawWriter.Write("\r\u001b[K");
                if (alert.Kind == AlertKind.Wink) rawWriter.Write('\a');
                rawWriter.Flush();
            }
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[{colour}]{label}[/] {Markup.Escape(alert.Message)}"));
        }
    }
}
