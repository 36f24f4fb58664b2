using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

/// <summary>`winksensor tag SESSION --set N key=value ...` stores a set's conditions; `show` displays them.</summary>
public sealed class TagCommandTests
{
    private static (TemporaryDirectory Directory, long SessionId) StoreWithTwoSets()
    {
        var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var id = new SessionFixtureBuilder(store).Set(2, conditions: new SetConditions(LoadKilograms: 40)).Set(2).Record();
        return (directory, id);
    }

    [Fact]
    public void Tags_are_merged_into_the_set_and_shown()
    {
        var (directory, id) = StoreWithTwoSets();
        using var _ = directory;

        var run = CliRun.Of("tag", id.ToString(), "--set", "1", "toe-deg=30", "heels=yes", "shoes=weightlifting shoes", "--data-dir", directory.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var set = new SessionArchive(SessionStore.Open(directory.File("sessions.sqlite"))).LoadSession(new SessionReference(id))!.Sets[0];
        Assert.Equal(new SetConditions(ToeAngleDegrees: 30, HeelsRaised: true, LoadKilograms: 40, Shoes: "weightlifting shoes"), set.Conditions);
        var show = CliRun.Of("show", id.ToString(), "--data-dir", directory.Path);
        Assert.Contains("40 kg, toes 30°, heels raised, weightlifting shoes", show.Output);
    }

    [Fact]
    public void An_empty_value_clears_a_key_and_clear_starts_from_nothing()
    {
        var (directory, id) = StoreWithTwoSets();
        using var _ = directory;

        Assert.Equal(0, CliRun.Of("tag", "latest", "--set", "1", "load-kg=", "note=felt easy", "--data-dir", directory.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("tag", "latest", "--set", "2", "heels=no", "--data-dir", directory.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("tag", "latest", "--set", "2", "--clear", "--data-dir", directory.Path).ExitCode);

        var sets = new SessionArchive(SessionStore.Open(directory.File("sessions.sqlite"))).LoadSession(new SessionReference(id))!.Sets;
        Assert.Equal(new SetConditions(Note: "felt easy"), sets[0].Conditions);
        Assert.Equal(SetConditions.None, sets[1].Conditions);
    }

    [Theory]
    [InlineData("--set", "3", "heels=yes")]
    [InlineData("--set", "1", "colour=blue")]
    [InlineData("--set", "1", "toe-deg=lots")]
    [InlineData("--set", "1", "heels=maybe")]
    [InlineData("--set", "1", "stance")]
    [InlineData("--set", "1")]
    [InlineData("heels=yes")]
    public void Bad_tags_or_sets_give_a_clear_message_and_exit_code_2(params string[] args)
    {
        var (directory, id) = StoreWithTwoSets();
        using var _ = directory;

        var run = CliRun.Of(["tag", id.ToString(), .. args, "--data-dir", directory.Path]);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.NotEqual("", run.Error.Trim());
    }
}
