using Microsoft.ML;
using Microsoft.ML.Data;
using SpeechActClassifier.Features;

namespace SpeechActClassifier.MlNet;

/// <summary>
/// One example as ML.NET sees it: the feature vector and, at training time, whether it belongs to the class a
/// one-versus-rest model separates. Its vector width is set at run time from <see cref="FeatureLayout.Width"/>
/// through <see cref="CreateSchema"/>, because an attribute cannot read it.
/// </summary>
internal sealed class FeatureRow
{
    /// <summary>Name of the feature column in every saved model.</summary>
    public const string FeaturesColumn = nameof(Features);

    /// <summary>Name of the binary label column used at training.</summary>
    public const string LabelColumn = nameof(Label);

    /// <summary>The feature vector, <see cref="FeatureLayout.Width"/> floats.</summary>
    public float[] Features { get; set; } = [];

    /// <summary>True when the example belongs to the positive class.</summary>
    public bool Label { get; set; }

    /// <summary>The schema with the feature column typed as a vector of <see cref="FeatureLayout.Width"/> floats.</summary>
    public static SchemaDefinition CreateSchema()
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureLayout.Width);
        return schema;
    }

    /// <summary>Loads <paramref name="rows"/> as a data view with the vector width of <see cref="CreateSchema"/>.</summary>
    public static IDataView ToDataView(MLContext context, IEnumerable<FeatureRow> rows) =>
        context.Data.LoadFromEnumerable(rows, CreateSchema());
}
