namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// Every sentence a person reads from scoring: segment suggestions and recommendation texts. They speak of observable
/// behaviour only (pace, pauses, looking at the camera, what the answer says), never of feelings or personality, and
/// never of hiring decisions (docs/architecture.md, "Evidence bands"); a unit test scans all of them for banned words.
/// </summary>
internal static class CoachingTexts
{
    public static readonly IReadOnlyDictionary<string, string> SegmentSuggestions = new Dictionary<string, string>
    {
        ["best-answer"] = "Reuse the shape of this answer (the setting, what you did, a measured result) in the answers that scored lower.",
        ["off-topic"] = "Open with one sentence that restates the question's key point, then tie your example back to it at the end.",
        ["long-pause"] = "When you need time mid-answer, say a short bridge such as \"let me walk through the steps\" instead of a long silence.",
        ["filler-cluster"] = "Replace the filler words here with a one-second silent pause; a short pause sounds deliberate.",
        ["fastest-stretch"] = "Slow down in this stretch: stop briefly at each full stop and state the key figure on its own.",
        ["look-away"] = "Bring your eyes back to the camera lens at the end of each sentence, about every three seconds.",
        ["monotone"] = "Emphasise the one or two key words of each sentence here so your pitch rises and falls.",
    };

    /// <summary>Recommendation text per component id, for a measurement below and above its ideal range.</summary>
    public static readonly IReadOnlyDictionary<string, (string Below, string Above)> Recommendations = new Dictionary<string, (string, string)>
    {
        ["score.content.relevance"] = ("Answer the question that was asked first: name its key point in your opening sentence and return to it when you close.", "Keep answering the question directly, as you did."),
        ["score.content.star"] = ("Structure each answer as situation, task, action and result; say in one sentence what the result was.", "Keep the situation-task-action-result structure."),
        ["score.content.specificity"] = ("Add concrete detail: a figure, the tool or system you used, and a measured outcome (time saved, error rate, revenue).", "Keep naming figures, tools and outcomes."),
        ["score.content.coherence"] = ("Link your sentences: use connectors such as \"because\", \"so\" and \"as a result\" so each sentence follows from the one before.", "Keep linking each sentence to the one before."),
        ["score.content.vocabulary"] = ("Vary your wording: replace repeated general words (thing, stuff, really) with the precise term.", "Keep your varied wording."),
        ["score.content.length"] = ("Give fuller answers of about one to two minutes: add the result and what you would repeat next time.", "Shorten answers to about one to two minutes: cut background detail and lead with your action and its result."),
        ["score.content.we-share"] = ("Mention the team where it was involved: say who you worked with and what the team achieved.", "Make your own part clear: say \"I\" for the steps you took yourself."),
        ["score.content.job-terms"] = ("Connect your examples to the role: use the job description's key skills and tools where they truly apply.", "Keep linking your examples to the role's key skills."),
        ["score.delivery.pace"] = ("Speak a little faster, about 120-165 words per minute: prepare the first sentence of each answer so you start without hesitation.", "Slow down to about 120-165 words per minute: pause briefly at each full stop."),
        ["score.delivery.fillers"] = ("Keep your current low use of filler words.", "Use fewer filler words (um, like, you know): pause silently for a second instead."),
        ["score.delivery.pauses"] = ("Keep your pauses short.", "Avoid long silences mid-answer: if you need time, say a short bridge sentence, then continue."),
        ["score.delivery.pitch-variation"] = ("Vary your pitch: emphasise the key word of each sentence and let your voice fall at full stops.", "Keep your pitch steadier: reserve rises for the key words."),
        ["score.presence.eye-contact"] = ("Look at the camera lens more often, especially at the start and end of each sentence.", "Glance away from the lens now and then while you think; constant looking into it is not needed."),
        ["score.presence.look-away"] = ("Keep looking away short.", "Keep glances away short: return to the camera within a few seconds."),
        ["score.presence.face-present"] = ("Sit so your whole face stays in the frame for the entire answer.", "Keep your face in the frame."),
        ["score.presence.head-movement"] = ("Keep your head movement natural.", "Keep your head facing the camera more steadily; turn your eyes rather than your head."),
        ["score.presence.smile"] = ("Smile at natural moments, such as greeting the interviewer and describing a good result.", "Keep a neutral face for the serious parts of your answers."),
    };

    /// <summary>Every text above, for the banned-word test.</summary>
    public static IEnumerable<string> All =>
        SegmentSuggestions.Values.Concat(Recommendations.Values.SelectMany(r => new[] { r.Below, r.Above }));
}
