namespace InterviewInsight.Modules.Shared.PersonalData;

/// <summary>
/// One module's share of a user's data export (<c>GET /api/me/export</c>): each module writes what it holds for the user into
/// the archive, so the export never reaches into another module's tables and a new module adds its data by registering one.
/// </summary>
public interface IPersonalDataSource
{
    Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct);
}
