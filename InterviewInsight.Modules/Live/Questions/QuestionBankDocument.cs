namespace InterviewInsight.Modules.Live.Questions;

// The JSON shape of question-bank.json. Everything is nullable here on purpose: the loader reports every
// missing or wrong field by question id instead of failing on the first one.
internal sealed class QuestionBankDocument
{
    public string? Licence { get; set; }

    public int SchemaVersion { get; set; }

    public List<RoleDocument>? Roles { get; set; }

    public List<QuestionDocument>? Questions { get; set; }

    internal sealed class RoleDocument
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public List<string>? Aliases { get; set; }
    }

    internal sealed class QuestionDocument
    {
        public string? Id { get; set; }

        public string? Text { get; set; }

        public string? Kind { get; set; }

        public List<string>? Competencies { get; set; }

        public List<string>? Roles { get; set; }

        public List<string>? Seniority { get; set; }

        public bool Opener { get; set; }

        public ExpectedDocument? Expected { get; set; }

        public List<FollowUpDocument>? FollowUps { get; set; }
    }

    internal sealed class ExpectedDocument
    {
        public string? Structure { get; set; }

        public List<string>? Elements { get; set; }

        public List<string>? KeyTerms { get; set; }
    }

    internal sealed class FollowUpDocument
    {
        public string? Asks { get; set; }

        public string? Text { get; set; }
    }
}
