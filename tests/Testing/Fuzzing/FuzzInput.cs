namespace CallCoach.Testing.Fuzzing;

/// <summary>One generated input: the file's name and bytes, its sidecar if it has one, and how it was made (for failure messages).</summary>
public sealed record FuzzInput(int Index, string Name, byte[] Content, byte[]? Sidecar, string Mutation)
{
    public override string ToString() => $"#{Index} {Name} ({Content.Length} bytes{(Sidecar is null ? "" : $", sidecar {Sidecar.Length} bytes")}): {Mutation}";
}
