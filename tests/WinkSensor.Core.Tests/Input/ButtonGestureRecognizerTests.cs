using WinkSensor.Core.Input;

namespace WinkSensor.Core.Tests.Input;

public class ButtonGestureRecognizerTests
{
    private const long Ms = 1000L;

    private static ButtonGestureRecognizer Recognizer() =>
        new(new ButtonSettings { LongPressMilliseconds = 1500, DoublePressWindowMilliseconds = 400 });

    /// <summary>Runs the recognizer as the main loop would: edges at their times, Update every 20 ms.</summary>
    private static List<(long TimeMs, ButtonGesture Gesture)> Run(ButtonGestureRecognizer recognizer, long endMs, params (long TimeMs, bool Pressed)[] edges)
    {
        var gestures = new List<(long, ButtonGesture)>();
        int next = 0;
        for (long t = 0; t <= endMs; t += 20)
        {
            while (next < edges.Length && edges[next].TimeMs <= t)
            {
                if (edges[next].Pressed) recognizer.Pressed(edges[next].TimeMs * Ms);
                else recognizer.Released(edges[next].TimeMs * Ms);
                next++;
            }
            var gesture = recognizer.Update(t * Ms);
            if (gesture != ButtonGesture.None) gestures.Add((t, gesture));
        }
        return gestures;
    }

    [Fact]
    public void Holding_for_the_long_press_time_reports_a_long_press_while_still_held()
    {
        var gestures = Run(Recognizer(), 3000, (100, true), (2500, false));
        Assert.Equal(new[] { (1600L, ButtonGesture.LongPress) }, gestures);
    }

    [Fact]
    public void Two_short_presses_within_the_window_are_a_double_press_and_nothing_else()
    {
        var gestures = Run(Recognizer(), 2000, (100, true), (200, false), (500, true), (600, false));
        Assert.Equal(new[] { (600L, ButtonGesture.DoublePress) }, gestures);
    }

    [Fact]
    public void A_second_press_after_the_window_makes_two_single_presses()
    {
        var gestures = Run(Recognizer(), 2000, (100, true), (200, false), (700, true), (800, false));
        Assert.Equal(new[] { ButtonGesture.SinglePress, ButtonGesture.SinglePress }, gestures.Select(g => g.Gesture));
        // The first is only known to be single once the 400 ms window after its release has run out.
        Assert.Equal(620L, gestures[0].TimeMs);
    }

    [Fact]
    public void A_long_hold_on_the_second_press_is_a_long_press_not_a_double_press()
    {
        var gestures = Run(Recognizer(), 4000, (100, true), (200, false), (400, true), (2500, false));
        Assert.Equal(new[] { ButtonGesture.LongPress }, gestures.Select(g => g.Gesture));
    }

    [Fact]
    public void A_press_just_short_of_the_long_press_time_is_a_single_press()
    {
        var gestures = Run(Recognizer(), 3000, (100, true), (1580, false));
        Assert.Equal(new[] { ButtonGesture.SinglePress }, gestures.Select(g => g.Gesture));
    }

    [Fact]
    public void Repeated_edges_in_the_same_direction_are_ignored()
    {
        var recognizer = Recognizer();
        recognizer.Pressed(0);
        recognizer.Pressed(50 * Ms);
        recognizer.Released(100 * Ms);
        recognizer.Released(120 * Ms);
        Assert.Equal(ButtonGesture.None, recognizer.Update(200 * Ms));
        Assert.Equal(ButtonGesture.SinglePress, recognizer.Update(600 * Ms));
    }

    [Fact]
    public void Edges_and_updates_allocate_nothing()
    {
        var recognizer = Recognizer();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long t = 0; t < 100_000; t += 250)
        {
            recognizer.Pressed(t * Ms);
            recognizer.Update((t + 100) * Ms);
            recognizer.Released((t + 120) * Ms);
            recognizer.Update((t + 200) * Ms);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
