using System.Text.RegularExpressions;
using InterviewInsight.Modules.Engines.Content.Text;

namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>
/// STAR coverage (situation, task, action, result) from cue phrases, plus two sentence-role rules:
/// <list type="bullet">
/// <item>Cues: a sentence shows an element when it contains one of that element's cue phrases (lists below; chosen
/// from common STAR-method guidance: context markers, responsibility phrases, first-person action verbs, outcome words).</item>
/// <item>Opening role: the first sentence, when it narrates in the past ("was", "were", "had") and names a setting
/// (team, project, company, job, client...), counts as the situation even without a cue.</item>
/// <item>Closing role: the last sentence, when it holds a number or an outcome verb, counts as the result.</item>
/// </list>
/// A sentence may show more than one element ("I was asked to lead the migration, so I split it into phases").
/// </summary>
internal static partial class StarDetector
{
    public static StarCoverage Detect(AnswerText answer)
    {
        var sentences = answer.Sentences;
        var situation = new List<EvidenceText>();
        var task = new List<EvidenceText>();
        var action = new List<EvidenceText>();
        var result = new List<EvidenceText>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var text = sentences[k].Lower;
            var isFirst = k == 0 && sentences.Count > 1;
            var isLast = k == sentences.Count - 1 && sentences.Count > 1;
            if (SituationCue().IsMatch(text) || (isFirst && PastNarration().IsMatch(text) && Setting().IsMatch(text)))
            {
                situation.Add(sentences[k].QuoteAll());
            }

            if (TaskCue().IsMatch(text))
            {
                task.Add(sentences[k].QuoteAll());
            }

            if (ActionCue().IsMatch(text))
            {
                action.Add(sentences[k].QuoteAll());
            }

            if (ResultCue().IsMatch(text) || (isLast && (Number().IsMatch(text) || OutcomeVerb().IsMatch(text))))
            {
                result.Add(sentences[k].QuoteAll());
            }
        }

        return new StarCoverage(Element(situation), Element(task), Element(action), Element(result));
    }

    private static StarElement Element(List<EvidenceText> sentences) => new(sentences.Count > 0, sentences);

    [GeneratedRegex(@"\b(when i was|when we were|at my (previous|last|old|current|first) (job|company|role|position|employer|team)|back in|in (19|20)\d\d|a few (years|months|weeks) ago|last (year|month|quarter|summer)|at the time|the (situation|context|background|problem|issue|challenge) (was|is)|there was a|we had a|i was working (at|on|as|for)|while (i was )?working|our team was|the project was|faced (a|with)|one time)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SituationCue();

    [GeneratedRegex(@"\b(my (role|task|job|responsibility|goal|assignment) (was|is)|i was (responsible|asked|tasked|in charge|supposed)|i needed to|i had to|we needed to|we had to|the (goal|task|objective|aim|target) was|our (goal|objective|target) was|i was expected to|responsible for|my job was to|i wanted to make sure)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TaskCue();

    [GeneratedRegex(@"\b(i|we|so i|then i|first i|so we|then we)\s+(then\s+|first\s+|also\s+|quickly\s+|personally\s+)?(decided|started|built|created|implemented|organi[sz]ed|led|wrote|designed|set up|talked|met|spoke|proposed|introduced|analy[sz]ed|reached out|scheduled|worked with|refactored|migrated|automated|coordinated|negotiated|developed|fixed|tested|trained|changed|suggested|profiled|prioriti[sz]ed|split|broke|called|asked|gathered|researched|investigated|reviewed|rewrote|mentored|presented|documented|measured|added|removed|replaced|moved|focused|took|made|ran|put|used|explained|listened|escalated|delegated|planned)\b|\bwhat i did\b|\bmy approach\b|\bi took (the )?(initiative|ownership|the lead)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActionCue();

    [GeneratedRegex(@"\b(as a result|the result|in the end|eventually|ultimately|which led to|led to|resulted in|the outcome|the impact|this meant|that meant|which meant|we ended up|i ended up|in the end|by the end|we managed to|i managed to|successfully|i learned|we learned|i learnt|the feedback was)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResultCue();

    [GeneratedRegex(@"\b(was|were|had)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastNarration();

    [GeneratedRegex(@"\b(team|project|company|job|client|customer|manager|colleague|department|startup|internship|role|product|system|school|university|class)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();

    [GeneratedRegex(@"\d|\b(percent|twice|double|half|thousand|million|hundred)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(reduced|increased|improved|saved|cut|grew|doubled|tripled|halved|delivered|achieved|launched|shipped|won|finished|completed|solved|resolved|fixed|met|exceeded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeVerb();
}
