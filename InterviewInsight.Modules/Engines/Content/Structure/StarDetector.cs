using System.Text.RegularExpressions;
using InterviewInsight.Modules.Engines.Content.Text;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>
/// STAR coverage (situation, task, action, result) from cue phrases, plus two sentence-role rules:
/// <list type="bullet">
/// <item>Cues: a sentence shows an element when it contains one of that element's cue phrases (lists below; chosen
/// from common STAR-method guidance: context markers, responsibility phrases, first-person action verbs, outcome words).</item>
/// <item>Opening role: the first sentence, when it narrates in the past ("was", "were", "had") and names a setting
/// (team, project, company, job, client...), counts as the situation even without a cue.</item>
/// </list>
/// The result is <see cref="StoryCues.ResultSentences"/>, the same test the interviewer uses before it asks "what was the
/// result?", so the report and the interviewer never disagree about whether a story has one.
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
        var resultIndexes = StoryCues.ResultSentences(sentences.Select(s => s.Sentence.Text).ToList()).ToHashSet();
        var result = new List<EvidenceText>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var text = sentences[k].Lower;
            var isFirst = k == 0 && sentences.Count > 1;
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

            if (resultIndexes.Contains(k))
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

    [GeneratedRegex(@"\b(was|were|had)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastNarration();

    [GeneratedRegex(@"\b(team|project|company|job|client|customer|manager|colleague|department|startup|internship|role|product|system|school|university|class)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();
}
