namespace CallCoach.Testing;

public enum Party
{
    Rep,
    Customer,
}

/// <summary>One spoken turn of a synthetic call.</summary>
public sealed record CallTurn(Party Party, string Text);
