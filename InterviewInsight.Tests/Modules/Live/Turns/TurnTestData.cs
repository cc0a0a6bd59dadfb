using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Turns;

namespace InterviewInsight.Tests.Modules.Live.Turns;

/// <summary>Hand-written answers (original, for these tests) and the contexts they are judged in.</summary>
internal static class TurnTestData
{
    public const string ConflictQuestionId = "beh-conflict-01";
    public const string ProductionBugQuestionId = "sw-tech-02";

    public const string CompleteStar =
        "In my last role at Northwind Bank I was a developer on a payments team of five. A colleague, Priya, wanted to rewrite our " +
        "settlement service from scratch, while I felt we should refactor it step by step, because the quarterly release was only six " +
        "weeks away. My task was to agree on an approach without stalling the team. I booked an hour with her, we listed the risks of " +
        "each option on a whiteboard, and I suggested we spike both approaches for two days and compare them. The spike showed the " +
        "rewrite needed at least three more weeks. In the end we refactored the two riskiest modules first, shipped the release on " +
        "time, and Priya led the rewrite the following quarter. We still work together and use that spike approach whenever we disagree.";

    public const string NoResult =
        "At my previous job a colleague and I disagreed about how to test a new reporting feature. He wanted to rely on manual checks " +
        "before each release, and I believed we needed automated tests in Jenkins because the reports changed every two weeks. I " +
        "prepared a short comparison of the two approaches, showed him how many defects had slipped through in the last three " +
        "releases, and we discussed it with our lead, Maria, in a meeting.";

    public const string Hypothetical =
        "When it comes to disagreements with colleagues, I generally try to stay calm and listen to their point of view first. I think " +
        "it is important to understand why someone sees the approach differently, and then I would look for a compromise that works " +
        "for the whole team. Usually talking things through openly is the best way to resolve conflict.";

    public const string Vague =
        "A while ago a colleague and I disagreed about how we should approach a piece of work for a client. She wanted to start " +
        "building straight away and I wanted to plan first. I talked to her, we listened to each other and we discussed the pros and " +
        "cons. We agreed to do a little planning and then start building. In the end the work went well and the client was happy " +
        "with what we delivered.";

    public const string Holiday =
        "My favourite holiday was a trip to the mountains with my family. We hiked every morning, cooked dinner outside over a fire " +
        "and watched the stars at night. The weather was perfect for the whole week and the views from the top of the trail were " +
        "beautiful. I would love to go back there next summer with my friends and spend more time exploring the lakes.";

    public const string Short = "We disagreed, I talked to him, and it was fine in the end.";

    public const string TechnicalComplete =
        "First I would check the logs and monitoring dashboards around the time the bug appears, then try to reproduce it in a staging " +
        "environment with production-like data. For example, last year we had a timeout that only happened in production; I used " +
        "distributed tracing in Grafana Tempo to see that one database query was slow because of a missing index on a table with 40 " +
        "million rows. I added the index, confirmed in the metrics that p95 latency dropped from 3 seconds to 200 milliseconds, and " +
        "wrote a regression test.";

    public const string TechnicalGeneral =
        "I would read the bug report carefully, work out what is different between production and my own machine, and then narrow " +
        "the problem down step by step, asking colleagues for help if I get stuck. It is important to stay patient and methodical " +
        "with a production bug and to keep the team informed while you work on it.";

    public const string TechnicalThin =
        "When I had a bug like that in my first job, I looked into what was different in production and worked through it with a " +
        "senior colleague until we found the cause of the bug, and then we fixed it together and moved on to the next ticket.";

    public const string FailureStory =
        "Last spring I missed a deadline for a client report because I underestimated how long the data cleaning would take. I told " +
        "my manager two days before, we agreed a new date, and I delivered it a week late. Since then I add a buffer of about 30 " +
        "percent to my estimates and flag risks early.";

    public const string AngryGuestStory =
        "A guest at the hotel where I worked shouted at me because his room was not ready at 3 pm. I apologised, offered him a coffee " +
        "in the lounge and called housekeeping, who had the room ready in twenty minutes. In the end he thanked me and left a " +
        "five-star review that mentioned my name.";

    public static readonly IReadOnlyList<PlannedQuestion> TwoRemaining =
    [
        new("beh-teamwork-01", QuestionBank.Shared.Find("beh-teamwork-01")!.Text, QuestionKind.Behavioural, "teamwork"),
        new("beh-failure-01", QuestionBank.Shared.Find("beh-failure-01")!.Text, QuestionKind.Behavioural, "failure"),
    ];

    public static TurnContext Context(string questionId, string answer, double seconds, int followUpsAsked = 0, IReadOnlyList<PlannedQuestion>? remaining = null) =>
        new(QuestionBank.Shared.Find(questionId)!, SaidSoFar.From(answer, seconds), followUpsAsked, remaining ?? TwoRemaining);
}
