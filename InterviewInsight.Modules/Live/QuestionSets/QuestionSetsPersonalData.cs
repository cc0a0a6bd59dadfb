using InterviewInsight.Modules.Shared.PersonalData;

namespace InterviewInsight.Modules.Live.QuestionSets;

/// <summary>The export's <c>question-sets.json</c>: the account's own sets with their questions, and the sets assigned to it.</summary>
internal sealed class QuestionSetsPersonalData(QuestionSetStore sets) : IPersonalDataSource
{
    public async Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct)
    {
        var listed = await sets.ListAsync(ownerId, ct);
        var details = new List<object>();
        foreach (var set in listed)
        {
            if (await sets.GetAsync(ownerId, set.Id, ct) is { } whole)
            {
                details.Add(new { whole.Id, whole.Name, set.IsMine, set.AssignedById, set.AssignedAt, whole.Questions, whole.CreatedAt, whole.UpdatedAt });
            }
        }

        await archive.AddJsonAsync("question-sets.json", details, ct);
    }
}
