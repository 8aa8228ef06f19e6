using System.Buffers;
using System.Text;
using Tickmark.Extraction;
using Tickmark.Output;

namespace Tickmark.Cli;

/// <summary>
/// How <c>extract</c> lays out releases in one output format: <see cref="Prologue"/> comes first
/// whatever happens, <see cref="Open"/> before the first release written, <see cref="Between"/>
/// between two, <see cref="Close"/> after the last (nothing when none was written). Each release's
/// bytes are made by <see cref="Write"/>, on a worker thread.
/// </summary>
public sealed record ExtractFormat(string Name, Action<IBufferWriter<byte>, ExtractionResult> Write,
    string Prologue = "", string Open = "", string Between = "", string Close = "")
{
    public static readonly IReadOnlyList<ExtractFormat> All =
    [
        new("text", (o, r) => Text(o, TextRenderer.Render(r))),
        new("json", (o, r) => FactsJsonWriter.Write(o, r, indented: true), Open: "[", Between: ",\n", Close: "]\n"),
        new("jsonl", (o, r) => { FactsJsonWriter.Write(o, r, indented: false); Text(o, "\n"); }),
        new("csv", (o, r) => { var w = new StringWriter(); CsvFactWriter.WriteRows(w, r); Text(o, w.ToString()); }, Prologue: CsvFactWriter.Header + "\n"),
    ];

    /// <summary>JSON for a single release asked for alone is the one object, not an array of one.</summary>
    public static readonly ExtractFormat JsonAlone = All[1] with { Open = "", Between = "", Close = "\n" };

    public static ExtractFormat Named(string name, int files) =>
        name == "json" && files == 1 ? JsonAlone : All.FirstOrDefault(f => f.Name == name) ?? All[0];

    public static void Text(IBufferWriter<byte> output, string text) => Encoding.UTF8.GetBytes(text, output);
}
