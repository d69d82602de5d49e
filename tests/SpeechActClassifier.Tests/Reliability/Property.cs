using System.Text;
using CsCheck;

namespace SpeechActClassifier.Tests.Reliability;

/// <summary>
/// Checks a property on the extreme inputs and then on generated ones, from a fixed seed so every run tries the
/// same inputs. A failing input is shrunk (chunks deleted while it still fails) and reported escaped, ready to
/// become a regular test.
/// </summary>
internal static class Property
{
    /// <summary>How many generated inputs each property tries.</summary>
    public const int Count = 5000;

    /// <summary>Runs <paramref name="property"/> (which throws on failure) on every input; returns how many were tried.</summary>
    public static int Check(Gen<string> gen, IEnumerable<string> extremes, Action<string> property, ulong seed = 20261123)
    {
        var tried = 0;
        var pcg = new PCG(7, seed);
        foreach (var input in extremes.Concat(Enumerable.Range(0, Count).Select(_ => gen.Generate(pcg, null!, out Size _))))
        {
            tried++;
            if (Fails(property, input) is { } failure)
            {
                var shrunk = Shrink(property, input);
                throw new Xunit.Sdk.XunitException($"Property failed ({failure.GetType().Name}: {failure.Message}) on input #{tried}, shrunk to {shrunk.Length} chars: \"{Escape(shrunk)}\"");
            }
        }

        return tried;
    }

    private static Exception? Fails(Action<string> property, string input)
    {
        try
        {
            property(input);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static string Shrink(Action<string> property, string input)
    {
        var current = input;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start + chunk <= current.Length;)
            {
                var candidate = current.Remove(start, chunk);
                if (Fails(property, candidate) is not null)
                {
                    current = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return current;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }
}
