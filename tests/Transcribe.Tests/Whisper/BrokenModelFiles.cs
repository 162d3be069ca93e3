using System.Text;

namespace CallCoach.Transcribe.Tests.Whisper;

/// <summary>
/// Damaged whisper.cpp model files, each broken the way a real one gets broken. None of them is a model: no
/// weights that could recognise anything are written, and no test pretends to recognise with them.
/// </summary>
internal static class BrokenModelFiles
{
    public static string RandomBytes(string path)
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The ggml magic, then a header whose weight type ggml does not know: whisper.cpp would abort the process.</summary>
    public static string UnknownWeightType(string path) => Write(path, w => WriteHeader(w, ftype: 999));

    /// <summary>A download that stopped inside the header.</summary>
    public static string CutInsideHeader(string path) => Write(path, w =>
    {
        w.Write(0x67676d6c);
        w.Write(51865);
    });

    /// <summary>The header, mel filters and vocabulary of a tiny model, and no weights: whisper.cpp would load it as empty.</summary>
    public static string WithoutWeights(string path) => Write(path, w => WriteHeader(w, ftype: 1));

    /// <summary>A download that stopped a little way into the first weight tensor.</summary>
    public static string CutInsideWeights(string path) => Write(path, w =>
    {
        WriteHeader(w, ftype: 1);
        var name = Encoding.UTF8.GetBytes("encoder.positional_embedding");
        w.Write(2);
        w.Write(name.Length);
        w.Write(0);
        w.Write(384);
        w.Write(1500);
        w.Write(name);
        w.Write(new byte[4096]);
    });

    private static void WriteHeader(BinaryWriter w, int ftype)
    {
        w.Write(0x67676d6c);
        // n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head,
        // n_text_layer, n_mels: the shape of whisper.cpp's tiny model.
        foreach (var value in new[] { 51865, 1500, 384, 6, 4, 448, 384, 6, 4, 80 })
        {
            w.Write(value);
        }

        w.Write(ftype);
        w.Write(80);
        w.Write(201);
        w.Write(new byte[80 * 201 * sizeof(float)]);
        string[] tokens = ["!", "\"", "#"];
        w.Write(tokens.Length);
        foreach (var token in tokens)
        {
            w.Write(token.Length);
            w.Write(Encoding.UTF8.GetBytes(token));
        }
    }

    private static string Write(string path, Action<BinaryWriter> write)
    {
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            write(writer);
        }

        return path;
    }
}
