namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// The best value per measure across sessions: highest for scores and eye contact, lowest for fillers and long pauses,
/// closest to the middle of the 120-165 band for words per minute. On a tie the earlier session keeps the best.
/// </summary>
internal static class PersonalBests
{
    private const double IdealWordsPerMinute = (120 + 165) / 2.0;

    public static IReadOnlyDictionary<string, PersonalBest> Find(IReadOnlyList<ProgressSession> sessions)
    {
        var bests = new Dictionary<string, PersonalBest>(StringComparer.Ordinal);
        Add(bests, "overall", sessions, s => s.Scores.Overall, higherIsBetter: true);
        Add(bests, "content", sessions, s => s.Scores.Content, higherIsBetter: true);
        Add(bests, "delivery", sessions, s => s.Scores.Delivery, higherIsBetter: true);
        Add(bests, "presence", sessions, s => s.Scores.Presence, higherIsBetter: true);
        Add(bests, "eyeContactRatio", sessions, s => s.Measures.EyeContactRatio, higherIsBetter: true);
        Add(bests, "fillersPerMinute", sessions, s => s.Measures.FillersPerMinute, higherIsBetter: false);
        Add(bests, "longPauses", sessions, s => s.Measures.LongPauses, higherIsBetter: false);
        Add(bests, "starCoverage", sessions, s => s.Measures.StarCoverage, higherIsBetter: true);

        var paced = sessions.Where(s => s.Measures.WordsPerMinute is not null)
            .MinBy(s => Math.Abs(s.Measures.WordsPerMinute!.Value - IdealWordsPerMinute));
        if (paced is not null)
        {
            bests["wordsPerMinute"] = new PersonalBest(paced.Measures.WordsPerMinute!.Value, paced.SessionId);
        }

        return bests;
    }

    private static void Add(
        Dictionary<string, PersonalBest> bests, string measure, IReadOnlyList<ProgressSession> sessions, Func<ProgressSession, double?> value, bool higherIsBetter)
    {
        PersonalBest? best = null;
        foreach (var session in sessions)
        {
            if (value(session) is not { } v)
            {
                continue;
            }

            if (best is null || (higherIsBetter ? v > best.Value : v < best.Value))
            {
                best = new PersonalBest(v, session.SessionId);
            }
        }

        if (best is not null)
        {
            bests[measure] = best;
        }
    }
}
