using System.Diagnostics;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;
using Xunit.Abstractions;

namespace WinkSensor.Host.Tests.Storage;

public sealed class SessionRecorderKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Recorder_killed_with_SIGKILL_leaves_a_readable_incomplete_session_missing_at_most_one_second()
    {
        using var directory = new TemporaryDirectory();
        var testAssembly = typeof(RecorderChildProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", testAssembly, RecorderChildProcess.Verb, directory.Path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var child = Process.Start(start)!;
        long killedAtMicroseconds;
        try
        {
            var ready = child.StandardOutput.ReadLineAsync();
            if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(60))) != ready)
                Assert.Fail("the recorder child did not report it was recording within 60 s");
            Assert.Equal(RecorderChildProcess.ReadyLine, await ready);
            await Task.Delay(2600);
            killedAtMicroseconds = RecorderChildProcess.NowMicroseconds();
            child.Kill(); // SIGKILL on Unix: no finalisers, no dispose, no flush.
            await child.WaitForExitAsync();
        }
        finally
        {
            if (!child.HasExited) child.Kill();
        }
        Assert.True(child.ExitCode != 0, "the child should have died from the kill, not exited by itself");

        Assert.True(File.Exists(Path.Combine(directory.Path, DataDirectory.StoreFileName + "-wal")),
            "the killed recorder should leave its WAL behind (otherwise this test would not test recovery)");
        var archive = new SessionArchive(SessionStore.OpenInDataDirectory(directory.Path));
        var session = Assert.Single(archive.ListSessions());
        Assert.False(session.Complete);
        Assert.True(session.RepCount >= 3, $"expected the reps of ~2.6 s at 2 reps/s, found {session.RepCount}");
        var samples = archive.ReadLiveAngles(session.Id);
        var lastSample = samples[^1].TimeMicroseconds;
        var lostMicroseconds = killedAtMicroseconds - lastSample;
        Assert.True(lostMicroseconds <= 1_000_000,
            $"data ends {lostMicroseconds / 1000.0} ms before the kill; at most 1000 ms may be lost");
        output.WriteLine($"{samples.Count} samples, {session.RepCount} reps stored; data ends {lostMicroseconds / 1000.0} ms before the kill");
        // Sleep(10) paces the child at up to 100 Hz; a busy machine gives fewer, but 2.6 s must leave well over 50.
        Assert.True(samples.Count > 50, $"expected over 50 samples for 2.6 s of recording, found {samples.Count}");
    }
}
