namespace SpeechActClassifier.MlNet;

/// <summary>The output columns of one calibrated one-versus-rest model that inference reads.</summary>
internal sealed class BinaryPrediction
{
    /// <summary>The raw ensemble score (sum of the trees' leaf values).</summary>
    public float Score { get; set; }

    /// <summary>The Platt-calibrated probability that the example is in the positive class.</summary>
    public float Probability { get; set; }
}
