namespace InterviewInsight.Modules.Shared.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
