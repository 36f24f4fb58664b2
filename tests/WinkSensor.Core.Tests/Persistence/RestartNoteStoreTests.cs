using WinkSensor.Core.Persistence;
using WinkSensor.Core.Power;

namespace WinkSensor.Core.Tests.Persistence;

public class RestartNoteStoreTests
{
    [Fact]
    public void A_stall_recorded_before_the_restart_is_read_back_once_after_it()
    {
        var storage = new InMemoryConfigurationStorage();
        Assert.True(new RestartNoteStore(storage).Record(RestartReason.MainLoopStalled, LoopStage.ServicingLink, 5230));

        // A fresh store object stands for the rebooted firmware.
        var afterReboot = new RestartNoteStore(storage);
        var note = new RestartNote();
        Assert.True(afterReboot.Take(note));
        Assert.Equal(RestartReason.MainLoopStalled, note.Reason);
        Assert.Equal(LoopStage.ServicingLink, note.Stage);
        Assert.Equal(5230, note.StalledMilliseconds);

        Assert.False(afterReboot.Take(note));
        Assert.Equal(RestartReason.None, note.Reason);
    }

    [Fact]
    public void No_note_after_an_ordinary_power_up()
    {
        var storage = new InMemoryConfigurationStorage();
        var note = new RestartNote();
        Assert.False(new RestartNoteStore(storage).Take(note));
        Assert.Equal(0, storage.EraseCount);
    }

    [Fact]
    public void A_damaged_note_is_dropped_not_reported()
    {
        var storage = new InMemoryConfigurationStorage();
        new RestartNoteStore(storage).Record(RestartReason.MainLoopStalled, LoopStage.DrainingSensors, 4000);
        storage.Stored![6] ^= 0x01;

        var note = new RestartNote();
        Assert.False(new RestartNoteStore(storage).Take(note));
        Assert.Equal(RestartReason.None, note.Reason);
        Assert.Null(storage.Stored);
    }
}
