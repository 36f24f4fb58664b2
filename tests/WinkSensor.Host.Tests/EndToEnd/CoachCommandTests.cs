using WinkSensor.Host.Coaching;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Commands;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>
/// `winksensor coach --simulate KIND` end to end: a simulated lifter on the virtual wearable, the loopback, the
/// recorder, the store, the cause analysis and the report, through the real command line.
/// </summary>
public sealed class CoachCommandTests
{
    private static (CliRun Run, SessionDetail Session, string Html) Coach(TemporaryDirectory directory, string kind)
    {
        var report = directory.File("coach.html");
        var run = CliRun.Of("coach", "--simulate", kind, "--speed", "100", "--data-dir", directory.Path, "--out", report);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        run.AssertNoStackTrace();
        var archive = new SessionArchive(SessionStore.Open(directory.File("sessions.sqlite")));
        var session = archive.LoadSession(new SessionReference(Assert.Single(archive.ListSessions()).Id))!;
        return (run, session, File.ReadAllText(report));
    }

    [Fact]
    public void A_lifter_whose_wink_depends_on_stance_is_told_it_is_the_hip()
    {
        using var directory = new TemporaryDirectory();

        var (run, session, html) = Coach(directory, "stance");

        Assert.True(run.Output.Contains("hip- and stance-related"), run.Error + run.Output);
        Assert.Equal([CauseTestRole.UsualStance, CauseTestRole.WideStance, CauseTestRole.HeelsRaised],
            session.Sets.Select(s => CauseTestProtocol.RoleOf(s.Conditions)));
        Assert.All(session.Sets, set => Assert.Equal(5, session.Reps.Count(r => r.SetId == set.Id)));
        Assert.Contains("data-chart=\"cause-test-comparison\"", html);
    }

    [Fact]
    public void A_lifter_whose_wink_depends_on_heel_height_is_told_it_is_the_ankles()
    {
        using var directory = new TemporaryDirectory();

        var (run, _, html) = Coach(directory, "heels");

        Assert.Contains("ankle-related", run.Output);
        Assert.Contains("Heels raised: removed the wink", run.Output);
        Assert.Contains("ankle-related", html);
    }

    [Fact]
    public void A_lifter_whose_wink_does_not_change_is_undetermined()
    {
        using var directory = new TemporaryDirectory();

        var (run, session, _) = Coach(directory, "always");

        Assert.Contains("cannot tell", run.Output);
        Assert.Contains("neither change moved it", run.Output);
        Assert.True(session.Reps.Count(r => r.Wink) >= 12, $"{session.Reps.Count(r => r.Wink)} of 15 reps winked:\n{run.Output}");
    }

    [Theory]
    [InlineData("--simulate", "sometimes")]
    [InlineData("--simulate", "stance", "--reps", "2")]
    [InlineData("--simulate", "stance", "--speed", "0")]
    [InlineData("--transport", "serial")]
    public void Bad_arguments_give_a_clear_message_and_exit_code_2(params string[] args)
    {
        using var directory = new TemporaryDirectory();

        var run = CliRun.Of(["coach", .. args, "--data-dir", directory.Path]);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.NotEqual("", run.Error.Trim());
    }
}
