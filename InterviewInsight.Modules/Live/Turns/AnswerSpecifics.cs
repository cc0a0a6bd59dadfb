namespace InterviewInsight.Modules.Live.Turns;

internal sealed record AnswerSpecifics(int Numbers, int Names, int KeyTermHits)
{
    public int Concrete => Numbers + Names;
}
