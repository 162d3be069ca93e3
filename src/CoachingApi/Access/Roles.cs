namespace CallCoach.CoachingApi.Access;

/// <summary>The five roles of docs/decisions/016-access-control.md; a caller may hold several.</summary>
public static class Roles
{
    public const string Rep = "rep";
    public const string Manager = "manager";
    public const string Data = "data";
    public const string Admin = "admin";
    public const string Ingest = "ingest";

    public static readonly IReadOnlyList<string> All = [Rep, Manager, Data, Admin, Ingest];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
