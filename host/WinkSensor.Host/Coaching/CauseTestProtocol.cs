using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Coaching;

/// <summary>One step of the guided cause test: what the lifter is asked to do and how the set is tagged.</summary>
public sealed record CauseTestStep(CauseTestRole Role, string Instruction, SetConditions Conditions);

/// <summary>
/// The guided cause test (docs/coach.md): a few bodyweight reps in the usual stance, then with a wide stance and the
/// toes out, then with the heels raised. Sets are tagged so the report and a later analysis know which is which.
/// </summary>
public static class CauseTestProtocol
{
    /// <summary>Bodyweight reps asked for in each set.</summary>
    public const int DefaultRepsPerSet = 5;

    /// <summary>Toe-out angle asked for in the wide stance, deg; a set tagged at least <see cref="WideToeAngleDegrees"/> counts as wide.</summary>
    public const double ToeOutDegrees = 30;

    /// <summary>Smallest tagged toe-out angle that makes a flat-heeled set the wide-stance set, deg.</summary>
    public const double WideToeAngleDegrees = 25;

    public static IReadOnlyList<CauseTestStep> Steps { get; } =
    [
        new(CauseTestRole.UsualStance, "your usual stance, heels flat",
            new SetConditions(HeelsRaised: false, LoadKilograms: 0, Note: "cause test: usual stance")),
        new(CauseTestRole.WideStance, "wide stance, toes out about 30°, knees pushed out over the toes, heels flat",
            new SetConditions(ToeAngleDegrees: ToeOutDegrees, HeelsRaised: false, LoadKilograms: 0, Note: "cause test: wide stance, knees out")),
        new(CauseTestRole.HeelsRaised, "your usual stance with both heels on a plate (2-3 cm)",
            new SetConditions(HeelsRaised: true, LoadKilograms: 0, Note: "cause test: heels raised")),
    ];

    /// <summary>The cause-test role a set's tags give it; null for a set tagged otherwise or not at all.</summary>
    public static CauseTestRole? RoleOf(SetConditions conditions) => conditions switch
    {
        { HeelsRaised: true } => CauseTestRole.HeelsRaised,
        { HeelsRaised: false, ToeAngleDegrees: >= WideToeAngleDegrees } => CauseTestRole.WideStance,
        { HeelsRaised: false } => CauseTestRole.UsualStance,
        _ => null,
    };

    /// <summary>
    /// The session's cause-test sets, one per role its tags give (reps of sets with the same role pooled), in protocol
    /// order; null when no set is tagged for the usual stance or none for either change.
    /// </summary>
    public static IReadOnlyList<CauseTestSet>? SetsOf(SessionDetail session)
    {
        var byRole = session.Sets
            .Select(set => (Set: set, Role: RoleOf(set.Conditions)))
            .Where(x => x.Role is not null)
            .GroupBy(x => x.Role!.Value)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Set).ToList());
        if (!byRole.ContainsKey(CauseTestRole.UsualStance) || byRole.Count < 2) return null;
        var winksByRep = session.Winks.Where(w => w.RepId is not null).GroupBy(w => w.RepId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        return byRole.OrderBy(pair => pair.Key).Select(pair =>
        {
            var setIds = pair.Value.Select(s => s.Id).ToHashSet();
            var reps = session.Reps.Where(r => setIds.Contains(r.SetId)).Select(rep =>
            {
                if (!rep.Wink) return CauseTestRep.Clean;
                var wink = winksByRep.GetValueOrDefault(rep.Id);
                return new CauseTestRep(true, wink?.MagnitudeDegrees, wink?.OnsetDepth.Centimetres, wink?.OnsetDepth.FractionOfRepDepth);
            }).ToList();
            return new CauseTestSet(pair.Key, reps, pair.Value[0].SetNumber);
        }).ToList();
    }
}
