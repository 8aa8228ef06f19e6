namespace Tickmark.Lines;

/// <summary>What a single line of a plain-text release is, seen on its own.</summary>
public enum LineKind
{
    Blank,
    /// <summary>Only '-', '=' or '_' runs: a table rule.</summary>
    Rule,
    /// <summary>Only SGML-ish tags such as &lt;TABLE&gt;, &lt;S&gt; &lt;C&gt;, &lt;PAGE&gt;.</summary>
    Tag,
    /// <summary>Figures aligned at the right, with or without a label at the left.</summary>
    Data,
    /// <summary>Figures that are all plain years (2006 2005): a column heading line.</summary>
    YearHeader,
    /// <summary>Anything else: prose, titles, headings, wrapped labels.</summary>
    Text,
}
