namespace WinkSensor.Core.Input
{
    /// <summary>
    /// Turns debounced press/release edges with timestamps (microseconds) into gestures. Feed the edges in time order,
    /// then call Update with the current time: it answers each finished gesture once. Allocation-free.
    /// </summary>
    public sealed class ButtonGestureRecognizer
    {
        private readonly long longPressMicroseconds;
        private readonly long doublePressWindowMicroseconds;

        private bool down;
        private long downMicroseconds;
        private bool longPressReported;
        private bool awaitingSecondPress;
        private long firstReleaseMicroseconds;
        private bool secondPressDown;
        private ButtonGesture finished = ButtonGesture.None;

        public ButtonGestureRecognizer(ButtonSettings settings)
        {
            longPressMicroseconds = settings.LongPressMilliseconds * 1000L;
            doublePressWindowMicroseconds = settings.DoublePressWindowMilliseconds * 1000L;
        }

        public bool IsDown { get { return down; } }

        public void Pressed(long timeMicroseconds)
        {
            if (down) return;
            down = true;
            downMicroseconds = timeMicroseconds;
            longPressReported = false;
            secondPressDown = awaitingSecondPress && timeMicroseconds - firstReleaseMicroseconds <= doublePressWindowMicroseconds;
            if (!secondPressDown && awaitingSecondPress)
            {
                // The window ran out before this press: the earlier press stands alone.
                finished = ButtonGesture.SinglePress;
            }
            awaitingSecondPress = false;
        }

        public void Released(long timeMicroseconds)
        {
            if (!down) return;
            down = false;
            if (!longPressReported && timeMicroseconds - downMicroseconds >= longPressMicroseconds)
            {
                // Held long enough but Update was not called in between: still a long press.
                longPressReported = true;
                finished = ButtonGesture.LongPress;
            }
            if (longPressReported)
            {
                secondPressDown = false;
                return;
            }
            if (secondPressDown)
            {
                secondPressDown = false;
                finished = ButtonGesture.DoublePress;
                return;
            }
            awaitingSecondPress = true;
            firstReleaseMicroseconds = timeMicroseconds;
        }

        /// <summary>The gesture finished by now, or None. Call every loop pass.</summary>
        public ButtonGesture Update(long nowMicroseconds)
        {
            if (down && !longPressReported && nowMicroseconds - downMicroseconds >= longPressMicroseconds)
            {
                longPressReported = true;
                secondPressDown = false;
                finished = ButtonGesture.LongPress;
            }
            if (!down && awaitingSecondPress && nowMicroseconds - firstReleaseMicroseconds > doublePressWindowMicroseconds)
            {
                awaitingSecondPress = false;
                if (finished == ButtonGesture.None) finished = ButtonGesture.SinglePress;
            }
            ButtonGesture result = finished;
            finished = ButtonGesture.None;
            return result;
        }
    }
}
