namespace CallCoach.Transcribe.Whisper;

/// <summary>
/// Reads what whisper.cpp reads before a model's weights, in managed code and before whisper.cpp sees the file.
/// whisper.cpp trusts that part: an unknown weight type aborts the whole process (GGML_ASSERT) and a garbage length
/// makes it allocate without bound, so a corrupt file would kill the host rather than fail its start with a reason.
/// It also accepts a file that ends after its vocabulary as an "empty model for testing". A file cut short inside
/// the weights is left to whisper.cpp, which refuses it ("not all tensors loaded").
/// </summary>
internal static class GgmlModelFile
{
    /// <summary>"ggml", the first four bytes of every whisper.cpp model.</summary>
    private const uint Magic = 0x67676d6c;

    /// <summary>whisper.cpp stores the quantization version as ftype / 1000 and the weight type as ftype % 1000.</summary>
    private const int QuantizationVersionFactor = 1000;

    /// <summary>The ggml_ftype values ggml can map to a weight type; any other aborts ggml_ftype_to_ggml_type.</summary>
    private static readonly HashSet<int> WeightTypes = [0, 1, 2, 3, 7, 8, 9, .. Enumerable.Range(10, 15)];

    private static readonly string[] HeaderFields =
    [
        "n_vocab", "n_audio_ctx", "n_audio_state", "n_audio_head", "n_audio_layer",
        "n_text_ctx", "n_text_state", "n_text_head", "n_text_layer", "n_mels",
    ];

    // Generous bounds: real models stay far inside them, garbage rarely does.
    private const int MaxDimension = 1 << 20;
    private const int MaxTokenBytes = 1 << 16;

    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a whole ggml Whisper model, with the reason.</exception>
    public static void Check(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist", path);
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        try
        {
            CheckHeader(reader);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("it ends inside its header (an interrupted copy or download?)");
        }

        if (reader.BaseStream.Position == reader.BaseStream.Length)
        {
            throw new InvalidDataException("it ends after its vocabulary: the weights are missing (an interrupted copy or download?)");
        }
    }

    private static void CheckHeader(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("it does not start with the ggml magic number, so it is not a whisper.cpp model");
        }

        var header = HeaderFields.ToDictionary(field => field, _ => reader.ReadInt32());
        foreach (var (field, value) in header)
        {
            if (value is <= 0 or > MaxDimension)
            {
                throw new InvalidDataException($"its header is damaged ({field} = {value})");
            }
        }

        var ftype = reader.ReadInt32();
        if (ftype < 0 || !WeightTypes.Contains(ftype % QuantizationVersionFactor))
        {
            throw new InvalidDataException($"its header names an unknown weight type (ftype = {ftype})");
        }

        var melBands = reader.ReadInt32();
        var fftBins = reader.ReadInt32();
        if (melBands != header["n_mels"] || fftBins is <= 0 or > 4096)
        {
            throw new InvalidDataException($"its mel filters are damaged ({melBands} × {fftBins} for {header["n_mels"]} mel bands)");
        }

        Skip(reader, (long)melBands * fftBins * sizeof(float));

        var tokens = reader.ReadInt32();
        if (tokens is <= 0 or > MaxDimension)
        {
            throw new InvalidDataException($"its vocabulary is damaged ({tokens} tokens)");
        }

        for (var i = 0; i < tokens; i++)
        {
            var length = reader.ReadUInt32();
            if (length > MaxTokenBytes)
            {
                throw new InvalidDataException($"its vocabulary is damaged (token {i} is {length} bytes long)");
            }

            Skip(reader, length);
        }
    }

    private static void Skip(BinaryReader reader, long bytes)
    {
        var stream = reader.BaseStream;
        if (stream.Length - stream.Position < bytes)
        {
            throw new EndOfStreamException();
        }

        stream.Seek(bytes, SeekOrigin.Current);
    }
}
