using System.CommandLine;
using System.Text;
using Tickmark.Diagnostics;
using Tickmark.Extraction;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark extract PATH... [--format text|json|jsonl|csv]</c>. Files are read, extracted and
/// rendered on all cores (<see cref="OrderedParallel"/>), and written to the output in the order
/// given, as each one's turn comes: memory holds a few releases at a time, whatever their number.
/// A release of very many facts is not rendered on a worker but written straight to the output in
/// its turn, so its rendered bytes (some 360 per fact in JSON) are never held whole.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Release files or directories of releases", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text (default), json, jsonl or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ExtractFormat.All.Select(f => f.Name)]);
        var maxSize = SizeOption.Create();
        var command = new Command("extract", "Read releases into statements and facts") { paths, format, maxSize };
        command.SetAction(result =>
        {
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            return Run(result.GetValue(paths)!, result.GetValue(format)!, stdout, Console.Error, result.GetValue(maxSize));
        });
        return command;
    }

    /// <summary>Writes to a text writer (tests, embedding): the output is built in memory first.</summary>
    public static int Run(IEnumerable<string> paths, string format, TextWriter stdout, TextWriter stderr, long maxBytes = Text.BoundedFile.DefaultMaxBytes)
    {
        using var buffer = new MemoryStream();
        var code = Run(paths, format, buffer, stderr, maxBytes);
        stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return code;
    }

    public static int Run(IEnumerable<string> paths, string format, Stream stdout, TextWriter stderr, long maxBytes = Text.BoundedFile.DefaultMaxBytes)
    {
        var (files, errors) = InputFiles.Expand(paths, stderr);
        foreach (var e in errors) stderr.WriteLine($"tickmark: {e}");
        var failed = errors.Count > 0;
        var layout = ExtractFormat.Named(format, files.Count);
        var extractor = new Extractor(maxBytes: maxBytes);
        var written = 0;
        Write(stdout, layout.Prologue);
        OrderedParallel.Run(files, file => Render(extractor, layout, file), release =>
        {
            using var output = release.Output;
            foreach (var error in release.Errors) stderr.WriteLine($"tickmark: {error}");
            if (output is null && release.Large is null) { failed = true; return; }
            Write(stdout, written++ == 0 ? layout.Open : layout.Between);
            if (output is not null) stdout.Write(output.WrittenSpan);
            else WriteThrough(layout, release.Large!, stdout);
        });
        if (written > 0) Write(stdout, layout.Close);
        stdout.Flush();
        return failed ? 1 : 0;
    }

    /// <summary>Facts beyond which a release is written in its turn rather than rendered ahead into memory (10,000 facts: some 3.6 MB of JSON).</summary>
    public const int RenderAheadMaxFacts = 10_000;

    /// <summary>The parallel stage: one file read, extracted and rendered (or, when large, kept to write in its turn); no output when it failed.</summary>
    private static RenderedRelease Render(Extractor extractor, ExtractFormat layout, string file)
    {
        var result = extractor.ExtractFile(file);
        if (result.Failed)
            return new RenderedRelease(null, [.. result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message)]);
        if (result.Facts.Count > RenderAheadMaxFacts)
        {
            // Rendered once here into nothing, so that a fault is still this release's error before a byte of it is written.
            try { layout.Write(new StreamBufferWriter(Stream.Null), result); }
            catch (Exception e) when (e is not OutOfMemoryException) { return new RenderedRelease(null, [DiagnosticCodes.Fault(file, e).Message]); }
            return new RenderedRelease(null, [], result);
        }
        var output = new PooledBufferWriter();
        try { layout.Write(output, result); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in writing one release is that release's error; the others still come out.
            output.Dispose();
            return new RenderedRelease(null, [DiagnosticCodes.Fault(file, e).Message]);
        }
        return new RenderedRelease(output, []);
    }

    private static void Write(Stream stream, string text)
    {
        if (text.Length > 0) stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A large release rendered in its turn, straight to the output (its dry run on the worker found no fault).</summary>
    private static void WriteThrough(ExtractFormat layout, ExtractionResult release, Stream stdout)
    {
        var through = new StreamBufferWriter(stdout);
        layout.Write(through, release);
        through.Flush();
    }

    /// <summary>A release rendered (<see cref="Output"/>), failed (<see cref="Errors"/>), or too large to render ahead (<see cref="Large"/>).</summary>
    private sealed record RenderedRelease(PooledBufferWriter? Output, IReadOnlyList<string> Errors, ExtractionResult? Large = null);
}
