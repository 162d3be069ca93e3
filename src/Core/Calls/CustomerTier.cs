namespace CallCoach.Core.Calls;

public enum CustomerTier
{
    A,
    B,
    C,
}
