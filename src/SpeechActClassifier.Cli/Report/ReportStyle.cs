namespace SpeechActClassifier.Cli.Report;

/// <summary>The report's one inline style sheet: system fonts, readable on a phone, printable with its colours.</summary>
internal static class ReportStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = $$"""
        :root { color-scheme: light; --sm: {{ReportPalette.SecuritizingMove}}; --tf: {{ReportPalette.ThreatFraming}}; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1f23; background: #fff; overflow-wrap: anywhere; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; font-size: .9rem; margin: .5rem 0 1rem; }
        .swatch { display: inline-block; width: 1rem; height: 1rem; vertical-align: -.15rem; border: 1px solid #999; margin-right: .3rem; }
        article { border-top: 2px solid #ddd; padding: 1rem 0; }
        .summary { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; font-size: .9rem; margin-bottom: .75rem; }
        .summary svg { max-width: 100%; height: auto; }
        .summary ol { margin: 0; padding-left: 1.2rem; }
        .text p { margin: 0 0 .8rem; }
        .s { border-radius: .2rem; padding: .05rem .1rem; }
        .s.SecuritizingMove { background: var(--sm); }
        .s.ThreatFraming { background: var(--tf); }
        .s.Neutral { background: {{ReportPalette.Neutral}}; }
        .tag { font-size: .65rem; font-weight: 700; vertical-align: super; margin-left: .1rem; color: #333; }
        mark { background: transparent; border-bottom: 2px solid #555; color: inherit; position: relative; }
        mark.negated { border-bottom-style: dashed; }
        mark.Actor { border-color: #1f5fbf; } mark.Threat { border-color: #b3261e; } mark.Designation { border-color: #6a1b9a; }
        mark.Measure { border-color: #00695c; } mark.Referent { border-color: #8d6e00; } mark.Urgency { border-color: #d84315; }
        mark:hover::after, mark:focus::after { content: attr(data-category); position: absolute; left: 0; top: 1.4em; z-index: 1; background: #222; color: #fff; font-size: .75rem; padding: .1rem .3rem; border-radius: .2rem; white-space: nowrap; }
        .error { background: #fdecea; border-left: 4px solid #b3261e; padding: .5rem; }
        nav ol { padding-left: 1.2rem; }
        @media print {
          body { max-width: none; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          article { break-inside: avoid-page; }
          mark::after { content: " [" attr(data-category) "]"; font-size: .7em; color: #555; }
          mark:hover::after { position: static; background: none; color: #555; padding: 0; }
        }
        """;
}
