using WinkSensor.Core.Runtime;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Tests.Storage;

/// <summary>
/// Entry point of this test assembly when run as a program (`dotnet WinkSensor.Host.Tests.dll record-until-killed DIR`):
/// records live angles at 100 Hz and a rep every 0.5 s with the default recorder settings until it is killed.
/// Device time is the Unix time in µs, so the test can compare stored data with the moment it sent SIGKILL.
/// </summary>
public static class RecorderChildProcess
{
    public const string Verb = "record-until-killed";
    public const string ReadyLine = "recording";

    public static int Main(string[] args)
    {
        if (args.Length != 2 || args[0] != Verb)
        {
            Console.Error.WriteLine($"usage: {Verb} DATA_DIRECTORY");
            return 2;
        }
        var store = SessionStore.OpenInDataDirectory(args[1]);
        var recorder = SessionRecorder.Begin(store, new DeviceIdentity("kill-test", null, null));
        var rep = new RepRecord();
        var repStart = NowMicroseconds();
        Console.WriteLine(ReadyLine);
        Console.Out.Flush();
        while (true)
        {
            var now = NowMicroseconds();
            recorder.LiveAngle(now, 5f, SquatPhase.Descent, rep.RepNumber);
            if (now - repStart >= 500_000)
            {
                rep.RepNumber++;
                rep.StartMicroseconds = repStart;
                rep.BottomMicroseconds = (repStart + now) / 2;
                rep.EndMicroseconds = now;
                rep.PeakFlexionDegrees = 5f;
                recorder.RepCompleted(rep);
                repStart = now;
            }
            Thread.Sleep(10);
        }
    }

    public static long NowMicroseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
}
