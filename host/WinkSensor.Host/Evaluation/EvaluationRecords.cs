namespace WinkSensor.Host.Evaluation;

/// <summary>A rep as the simulator knows it happened. Times in seconds from the start of the recording.</summary>
public sealed record TruthRep(int Number, double Start, double Bottom, double End, bool Wink,
    double? WinkOnset, double? ThresholdCrossing);

/// <summary>A span of something that is not a squat (walking, stooping, sitting down), seconds.</summary>
public sealed record TruthActivity(string Kind, double Start, double End);

/// <summary>A rep the device reported.</summary>
public sealed record DetectedRep(int Number, double Start, double Bottom, double End, double PeakFlexionDegrees, bool Wink);

/// <summary>A wink alarm the device raised (the moment it buzzes) and its retrospective onset.</summary>
public sealed record DetectedWink(int Rep, double Alarm, double Onset, double MagnitudeDegrees);

/// <summary>Everything known about one recording: truth and what the device reported.</summary>
public sealed record ScoredRecording(
    string Name,
    IReadOnlyList<TruthRep> TruthReps,
    IReadOnlyList<TruthActivity> OtherActivities,
    IReadOnlyList<DetectedRep> DetectedReps,
    IReadOnlyList<DetectedWink> DetectedWinks,
    IReadOnlyList<double> FlexionErrorsDegrees);
