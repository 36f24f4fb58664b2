namespace WinkSensor.Core.Reps
{
    /// <summary>What one sample changed in the rep segmenter.</summary>
    public enum RepSegmenterEvent : byte
    {
        None = 0,
        /// <summary>A candidate descent began (it may still turn out to be a bend or sitting down).</summary>
        DescentStarted = 1,
        BottomReached = 2,
        AscentStarted = 3,
        /// <summary>A squat rep finished: count and timing are ready.</summary>
        RepCompleted = 4,
        /// <summary>The candidate was a forward bend (stoop): not a rep, but a clean forward motion.</summary>
        BendRejected = 5,
        /// <summary>The candidate was something else (sitting down, a long hold, a shallow dip): not a rep.</summary>
        OtherRejected = 6,
    }
}
