using System.Text;

namespace CallCoach.Testing.Fuzzing;

/// <summary>Sidecars built to hurt: nesting bombs, long strings, huge documents, invalid UTF-8, wrong types, NULs.</summary>
public static class JsonMutations
{
    public static (byte[] Bytes, string Mutation) Any(byte[] sidecar, Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(14, 20) : random.Next(1_000, 30_000);
        return random.Next(10) switch
        {
            0 => (Utf8($$"""{"repId":"r1","x":{{new string('[', depth)}}{{new string(']', depth)}}}"""), $"array nesting {depth} deep"),
            1 => (Utf8(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)), $"object nesting {depth} deep"),
            2 => (Utf8($$"""{"repName":"{{new string('x', random.Next(900, 100_000))}}"}"""), "long string"),
            3 => (Utf8($$"""{"repId":"{{new string('r', random.Next(100, 200))}}"}"""), "long id"),
            4 => ([.. sidecar[..random.Next(sidecar.Length)], 0xFF, 0xC0, .. sidecar[random.Next(sidecar.Length)..]], "invalid UTF-8"),
            5 => (Utf8(Encoding.UTF8.GetString(sidecar).Replace("\"rep-7\"", Pick(random, "7", "true", "null", "[]", "{}", "\"r\\u0000\""), StringComparison.Ordinal)), "repId of another type"),
            6 => (Utf8("{" + string.Join(',', Enumerable.Range(0, random.Next(10, 20_000)).Select(i => $"\"f{i}\":{i}")) + "}"), "many unknown fields"),
            7 => (ByteMutations.FlipBits(sidecar, random, random.Next(1, 6)), "bit flips"),
            8 => (ByteMutations.Truncate(sidecar, random), "truncated"),
            _ => (Utf8(Pick(random, "", "null", "[]", "\"text\"", "{}", "{\"customerTier\":\"Z\"}", "{\"startedAt\":\"yesterday\"}", "{\"interactionNumber\":-1}")), "edge document"),
        };
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
