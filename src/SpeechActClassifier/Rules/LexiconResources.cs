namespace SpeechActClassifier.Rules;

/// <summary>The names of the embedded lexicon files, in one place (SpeechActClassifier.csproj embeds Rules/Lexicons/*.tsv).</summary>
internal static class LexiconResources
{
    /// <summary>The manifest name prefix that the csproj gives every lexicon file.</summary>
    public const string Prefix = "SpeechActClassifier.Rules.Lexicons.";

    /// <summary>The files of the default lexicon, in load order: one per simple category, the blockers, then the rules.</summary>
    public static readonly IReadOnlyList<string> FileNames =
    [
        "actor.tsv",
        "designation.tsv",
        "threat.tsv",
        "referent.tsv",
        "measure.tsv",
        "urgency.tsv",
        "negation.tsv",
        "desecuritization.tsv",
        "hedge.tsv",
        "theory.tsv",
        "blockers.tsv",
        "rules.tsv",
    ];

    /// <summary>The manifest resource name of one lexicon file.</summary>
    public static string ResourceName(string fileName) => Prefix + fileName;

    /// <summary>Opens one embedded lexicon file, or throws an error that says how to fix a build that lost it.</summary>
    public static Stream Open(string fileName)
    {
        var name = ResourceName(fileName);
        var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            ThrowHelper.ThrowMissingResource(name);
        }

        return stream;
    }
}
