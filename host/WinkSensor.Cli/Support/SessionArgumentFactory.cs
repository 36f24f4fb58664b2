using System.CommandLine;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Support;

/// <summary>The SESSION argument shared by show, report and export.</summary>
internal static class SessionArgumentFactory
{
    public static Argument<string> Create() => new("session")
    {
        Description = $"Session id (from `winksensor sessions`) or '{SessionReference.LatestKeyword}'",
    };
}
