namespace InterviewInsight.Modules.Live.Interview;

/// <summary>
/// Where the practice interview stands, in the order the candidate goes through it. The page renders it lower-case in
/// <c>data-phase</c>, which the browser tests read, so a renamed value is a changed contract.
/// </summary>
internal enum InterviewPhase
{
    /// <summary>Nothing yet: the session is being read and the camera and microphone opened.</summary>
    Loading,

    /// <summary>Their own preview and level meter, with a button to start (or continue) the interview.</summary>
    Check,

    /// <summary>A three-second countdown while they look at the camera for the gaze baseline.</summary>
    Calibrating,

    /// <summary>The interviewer speaking the question, its text on screen.</summary>
    Asking,

    /// <summary>The question on screen and the buttons to end, repeat or skip the answer, or end the interview.</summary>
    Answering,

    /// <summary>The question still on screen and a progress bar while the interviewer decides on the next turn.</summary>
    Thinking,

    /// <summary>A note that the last of the recording is being saved before the results open.</summary>
    Finishing,
}
