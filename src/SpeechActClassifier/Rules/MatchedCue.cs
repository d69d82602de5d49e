namespace SpeechActClassifier.Rules;

/// <summary>A cue during matching, with the token range it covers (needed for windows and negation scope).</summary>
internal struct MatchedCue
{
    public Cue Cue;
    public int FirstToken;
    public int LastToken;
}
