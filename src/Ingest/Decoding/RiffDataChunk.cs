using System.Buffers.Binary;

namespace CallCoach.Ingest.Decoding;

/// <summary>Finds where a WAV file's data chunk starts and how long its header says it is.</summary>
internal static class RiffDataChunk
{
    public static (long Offset, long DeclaredLength) Locate(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[8];
        stream.Position = 12; // "RIFF" <size> "WAVE"
        while (stream.Read(header) == 8)
        {
            var id = System.Text.Encoding.ASCII.GetString(header[..4]);
            long length = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            if (id == "data")
            {
                return (stream.Position, length);
            }

            stream.Position += length + (length & 1);
        }

        throw new UnreadableRecordingException("not a readable WAV file: no data chunk");
    }
}
