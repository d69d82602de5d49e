namespace SpeechActClassifier.Cli.Input;

/// <summary>The fields of one CSV/TSV record, or why it is malformed, or that its quoted field continues on the next line.</summary>
/// <param name="Fields">The unquoted fields, when the record is complete and well formed.</param>
/// <param name="Error">What is malformed, with the 1-based column of the problem.</param>
/// <param name="Incomplete">True when a quoted field is still open at the end of the text: read the next line and try again.</param>
internal readonly record struct DelimitedRow(IReadOnlyList<string>? Fields, string? Error, bool Incomplete)
{
    /// <summary>Splits one logical record (lines joined with "\n") by RFC 4180: fields may be quoted, "" is a quote inside quotes.</summary>
    public static DelimitedRow Parse(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                var opened = i;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return new DelimitedRow(null, $"the quote opened at column {opened + 1} is never closed", Incomplete: true);
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != delimiter)
                {
                    return new DelimitedRow(null, $"unexpected '{text[i]}' after the closing quote at column {i + 1}", Incomplete: false);
                }
            }
            else
            {
                while (i < text.Length && text[i] != delimiter)
                {
                    if (text[i] == '"')
                    {
                        return new DelimitedRow(null, $"a quote inside an unquoted field at column {i + 1} (quote the whole field and double the quote)", Incomplete: false);
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= text.Length)
            {
                return new DelimitedRow(fields, null, Incomplete: false);
            }

            i++;
        }
    }
}
