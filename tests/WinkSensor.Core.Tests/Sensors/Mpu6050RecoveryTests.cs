using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>A sensor that goes away (unplugged, browned out) and comes back is re-initialised and samples again.</summary>
public class Mpu6050RecoveryTests
{
    private readonly Mpu6050TestRig rig = new(withThoracolumbar: false);
    private readonly ImuSample[] buffer = new ImuSample[64];

    private int DrainEvery10Milliseconds(int times)
    {
        int frames = 0;
        for (int i = 0; i < times; i++)
        {
            rig.Advance(10_000);
            frames += rig.Sacrum.Drain(rig.Now, buffer, 0, buffer.Length);
        }
        return frames;
    }

    [Fact]
    public void A_disconnected_sensor_is_declared_lost_after_repeated_nacks_and_reinitialised_when_it_answers_again()
    {
        rig.BringUp(rig.Sacrum);
        DrainEvery10Milliseconds(10);

        rig.Bus.Disconnect(0x68);
        DrainEvery10Milliseconds(rig.Settings.ConsecutiveFailuresBeforeLost);
        Assert.Equal(Mpu6050Health.Lost, rig.Sacrum.Health);
        Assert.Equal(rig.Settings.ConsecutiveFailuresBeforeLost, rig.Sacrum.BusErrors);

        // While lost it is only probed now and then, and probes do not inflate the error count.
        int transactions = rig.Bus.Transactions;
        DrainEvery10Milliseconds(100);
        Assert.InRange(rig.Bus.Transactions - transactions, 1, 1000 / rig.Settings.ReconnectProbeIntervalMilliseconds + 1);
        Assert.Equal(rig.Settings.ConsecutiveFailuresBeforeLost, rig.Sacrum.BusErrors);

        rig.Bus.Reconnect(0x68, powerCycled: true);
        Assert.Equal(0x40, rig.SacrumPart.Register(0x6B)); // back from power-on: asleep, FIFO off
        DrainEvery10Milliseconds(100);
        Assert.Equal(Mpu6050Health.Running, rig.Sacrum.Health);
        Assert.Equal(1, rig.Sacrum.Reinitialisations);
        Assert.Equal(0x78, rig.SacrumPart.Register(0x23));

        long resumedAt = rig.Now;
        var drained = new List<ImuSample>();
        for (int i = 0; i < 20; i++)
        {
            rig.Advance(10_000);
            int count = rig.Sacrum.Drain(rig.Now, buffer, 0, buffer.Length);
            for (int k = 0; k < count; k++) drained.Add(buffer[k]);
        }
        var expected = rig.SacrumTaken.Where(s => s.Time > resumedAt).ToList();
        Assert.Equal(20, drained.Count);
        for (int i = 0; i < drained.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(expected[i].Signal, drained[i]);
    }

    [Fact]
    public void A_silent_power_cycle_stalls_the_fifo_and_is_repaired_by_reinitialising()
    {
        rig.BringUp(rig.Sacrum);
        DrainEvery10Milliseconds(10);
        rig.SacrumPart.PowerOn(); // brown-out without a single NACK: asleep, FIFO off, no more frames
        Assert.Equal(0, DrainEvery10Milliseconds(rig.Settings.StallTimeoutMilliseconds / 10 - 1));
        Assert.Equal(Mpu6050Health.Running, rig.Sacrum.Health);

        bool stallReported = false;
        for (int i = 0; i < 50 && rig.Sacrum.Health == Mpu6050Health.Running; i++)
        {
            rig.Advance(10_000);
            rig.Sacrum.Drain(rig.Now, buffer, 0, buffer.Length);
            stallReported |= rig.Sacrum.LastError == Mpu6050Error.Stalled;
        }
        Assert.True(stallReported);
        Assert.True(DrainEvery10Milliseconds(50) > 30, "sampling did not resume");
        Assert.Equal(1, rig.Sacrum.Reinitialisations);
    }

    [Fact]
    public void A_sensor_absent_at_start_is_brought_up_when_it_is_plugged_in()
    {
        rig.Bus.Disconnect(0x68);
        DrainEvery10Milliseconds(20);
        Assert.Equal(Mpu6050Health.Lost, rig.Sacrum.Health);
        rig.Bus.Reconnect(0x68);
        DrainEvery10Milliseconds(100);
        Assert.Equal(Mpu6050Health.Running, rig.Sacrum.Health);
        Assert.True(DrainEvery10Milliseconds(10) >= 9);
    }
}
