using System.Security.Cryptography;
using System.Text;

namespace CallCoach.Transcribe.LanguageModel;

/// <summary>
/// Builds the sales-domain trigram model from a folder of training text (one turn a line, *.txt). Words the
/// recognizer's dictionaries cannot pronounce become &lt;unk&gt;, so they neither vanish from the context nor take
/// probability a real word should have.
/// </summary>
public static class LanguageModelTrainer
{
    public const string UnknownWord = "<unk>";

    public static LanguageModelTrainingResult Train(string corpusFolder, ISet<string> pronounceable, string arpaPath)
    {
        var files = Directory.EnumerateFiles(corpusFolder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{corpusFolder} holds no *.txt training text");
        }

        var model = new KneserNeyTrigrams();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
                if (line.StartsWith('#'))
                {
                    continue;
                }

                var words = LanguageModelText.Words(line);
                foreach (var word in words.Where(w => !pronounceable.Contains(w)))
                {
                    unknown.Add(word);
                }

                model.Add([.. words.Select(w => pronounceable.Contains(w) ? w : UnknownWord)]);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(arpaPath))!);
        var temporary = arpaPath + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            model.WriteArpa(writer);
        }

        // A half-written model must never be what the recognizer loads next.
        File.Move(temporary, arpaPath, overwrite: true);
        return new LanguageModelTrainingResult(
            files.Count, model.Sentences, model.Tokens, model.Vocabulary, [.. unknown], Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}

public sealed record LanguageModelTrainingResult(
    int Files,
    int Sentences,
    int Tokens,
    int Vocabulary,
    IReadOnlyList<string> UnknownWords,
    string CorpusSha256);
