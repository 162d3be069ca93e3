using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Packs;

/// <summary>
/// The bilingual playbook in models/playbook (`en.json`, `zh.json`). It is checked whole when loaded: every template
/// names a known axis and objection type, ids are unique, and each axis has an "any" template to fall back on.
/// </summary>
public sealed class Playbook
{
    public const string Any = "any";

    private readonly IReadOnlyList<PlaybookTemplate> templates;

    private Playbook(IReadOnlyList<PlaybookTemplate> templates) => this.templates = templates;

    public IReadOnlyList<PlaybookTemplate> Templates => templates;

    public static Playbook Load(string folder)
    {
        var all = new List<PlaybookTemplate>();
        foreach (var language in new[] { "en", "zh" })
        {
            var path = Path.Combine(folder, $"{language}.json");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The playbook {path} is missing.", path);
            }

            PlaybookFile file;
            try
            {
                file = JsonSerializer.Deserialize(File.ReadAllText(path), PlaybookJson.Default.PlaybookFile)
                    ?? throw new InvalidDataException($"{path} is empty.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path} is not a valid playbook: {e.Message}", e);
            }

            all.AddRange(file.Templates.Select(t => Checked(t, path) with { Language = language }));
            foreach (var axis in RadarAxes.All.Where(axis => !file.Templates.Any(t => t.Axis == axis && t.Objection == Any)))
            {
                throw new InvalidDataException($"{path} has no '{Any}' template for {axis}, which packs fall back on.");
            }
        }

        var duplicate = all.GroupBy(t => (t.Id, t.Language)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The playbook has the {duplicate.Key.Language} template id '{duplicate.Key.Id}' twice.");
        }

        return new Playbook(all);
    }

    /// <summary>The template for an axis and objection type in a language, or the axis's "any" template.</summary>
    public PlaybookTemplate Find(string axis, string? objection, string language) =>
        templates.FirstOrDefault(t => t.Axis == axis && t.Objection == objection && t.Language == language)
        ?? templates.First(t => t.Axis == axis && t.Objection == Any && t.Language == language);

    private static PlaybookTemplate Checked(PlaybookTemplate template, string path)
    {
        if (!RadarAxes.All.Contains(template.Axis))
        {
            throw new InvalidDataException($"{path}: template '{template.Id}' has the unknown axis '{template.Axis}'.");
        }

        if (template.Objection != Any && (!ObjectionTypes.All.Contains(template.Objection) || template.Objection == ObjectionTypes.None))
        {
            throw new InvalidDataException($"{path}: template '{template.Id}' has the unknown objection type '{template.Objection}'.");
        }

        if (template.ModelAnswers.Count == 0 || string.IsNullOrWhiteSpace(template.Script))
        {
            throw new InvalidDataException($"{path}: template '{template.Id}' needs a script and at least one model answer.");
        }

        return template;
    }
}

internal sealed record PlaybookFile(string Language, IReadOnlyList<PlaybookTemplate> Templates);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PlaybookFile))]
internal sealed partial class PlaybookJson : JsonSerializerContext;
