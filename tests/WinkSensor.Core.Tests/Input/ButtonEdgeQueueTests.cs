using WinkSensor.Core.Input;

namespace WinkSensor.Core.Tests.Input;

public class ButtonEdgeQueueTests
{
    [Fact]
    public void Edges_come_out_in_the_order_they_went_in()
    {
        var queue = new ButtonEdgeQueue();
        for (int i = 0; i < 40; i++)
        {
            Assert.True(queue.Enqueue(i * 10, i % 2 == 0));
            Assert.True(queue.TryDequeue(out long time, out bool pressed));
            Assert.Equal(i * 10, time);
            Assert.Equal(i % 2 == 0, pressed);
        }
        Assert.False(queue.TryDequeue(out _, out _));
    }

    [Fact]
    public void A_full_queue_drops_the_newest_edge_and_keeps_the_rest()
    {
        var queue = new ButtonEdgeQueue();
        int accepted = 0;
        for (int i = 0; i < 20; i++) if (queue.Enqueue(i, true)) accepted++;
        Assert.Equal(16, accepted);
        Assert.True(queue.TryDequeue(out long first, out _));
        Assert.Equal(0, first);
    }

    [Fact]
    public void Edges_from_another_thread_all_arrive()
    {
        var queue = new ButtonEdgeQueue();
        const int total = 20_000;
        var producer = new Thread(() =>
        {
            for (int i = 0; i < total; i++)
                while (!queue.Enqueue(i, true)) Thread.Yield();
        });
        producer.Start();
        long expected = 0;
        while (expected < total)
        {
            if (queue.TryDequeue(out long time, out _))
            {
                Assert.Equal(expected, time);
                expected++;
            }
        }
        producer.Join();
    }
}
