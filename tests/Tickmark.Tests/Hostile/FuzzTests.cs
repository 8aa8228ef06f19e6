using System.Text;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Hostile;

/// <summary>
/// Mutated releases (byte flips, truncations, shuffled lines, NULs, deep nesting, huge tokens,
/// UTF-16) through the extractor in-process, from a fixed seed so that a failure repeats: each
/// ends with facts or an error diagnostic, never an exception or a fault (TM006), and every fact's
/// span lies inside the document, is not empty and covers a printed figure; and the work each
/// takes is bounded by a multiple of its size.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261202;
    private const int Mutants = 3000;

    private static readonly Extractor Extractor = new();

    private static IReadOnlyList<(string Name, byte[] Bytes)> Seeds()
    {
        var sample = File.ReadAllText(Path.Combine(Paths.RepoRoot, "samples", "bsmd", "000_dda0085de8f3cca4.txt"));
        return
        [
            ("text.txt", HostileInputs.Utf8(HostileInputs.TextRelease())),
            ("html.htm", HostileInputs.Utf8(HostileInputs.HtmlRelease())),
            ("bsmd.txt", HostileInputs.Utf8(sample[..Math.Min(sample.Length, 24_000)])),
        ];
    }

    [Fact]
    public void MutatedReleasesEndInFactsOrADiagnosticNeverAFault()
    {
        var random = new Random(Seed);
        var seeds = Seeds();
        var problems = new List<string>();
        for (var n = 0; n < Mutants; n++)
        {
            var (name, original) = seeds[n % seeds.Count];
            var (mutation, bytes) = Mutate(random, original);
            var label = $"mutant {n} ({mutation} of {name})";
            ExtractionResult result;
            try { result = Extractor.ExtractBytes(name, bytes); }
            catch (Exception e) { problems.Add($"{label}: {e.GetType().Name} escaped: {e.Message}"); continue; }
            if (result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.ReadFault) is { } fault) problems.Add($"{label}: {fault.Message}");
            if (result.Facts.Count == 0 && !result.Diagnostics.Any(d => d.Severity == Severity.Error)) problems.Add($"{label}: no facts and no error");
            var text = result.Document.Text;
            var before = problems.Count;
            foreach (var f in result.Facts)
            {
                if (f.Span.Start < 0 || f.Span.Length < 0 || f.Span.Start + f.Span.Length > text.Length)
                {
                    problems.Add($"{label}: fact {f.Label} = {f.Value} has span {f.Span.Start}+{f.Span.Length} outside a document of {text.Length}");
                    continue;
                }
                if (f.Span.Length == 0) { problems.Add($"{label}: fact {f.Label} = {f.Value} has an empty span"); continue; }
                var printed = text.AsSpan(f.Span.Start, f.Span.Length);
                if (!printed.ContainsAny("0123456789-\u2014\u2013\u2212") && f.Value != 0)
                    problems.Add($"{label}: fact {f.Label} = {f.Value} spans '{printed}', no figure");
            }
            // TICKMARK_FUZZ_DUMP=DIR keeps each mutant that went wrong, to read it with the CLI.
            if (problems.Count > before && Environment.GetEnvironmentVariable("TICKMARK_FUZZ_DUMP") is { Length: > 0 } dump)
                File.WriteAllBytes(Path.Combine(dump, $"mutant{n}-{name}"), bytes);
        }
        // One line per mutant that went wrong, the first thing wrong with it.
        var firsts = problems.GroupBy(p => p[..p.IndexOf(':')]).Select(g => g.First()).ToList();
        Assert.True(firsts.Count == 0, $"{firsts.Count} of {Mutants} mutants went wrong:\n" + string.Join("\n", firsts.Take(40)));
    }

    // Work is counted as bytes allocated on the extracting thread: deterministic for an input, unlike
    // time, so the bound holds on a loaded machine. Measured: a fixed ~90 KB, ~80 bytes per input byte
    // on a release, at most ~520 on 300-3,000 nested tags; a quadratic stage would pass the bound at a
    // few KB of input.
    private const long FixedWork = 2 * 1024 * 1024;
    private const long WorkPerByte = 1_000;

    [Fact]
    public void EachMutantsWorkIsBoundedByAMultipleOfItsSize()
    {
        var random = new Random(Seed);
        var seeds = Seeds();
        foreach (var (name, bytes) in seeds) Extractor.ExtractBytes(name, bytes); // caches and regexes built once, not charged to a mutant
        var over = new List<string>();
        for (var n = 0; n < Mutants; n++)
        {
            var (name, original) = seeds[n % seeds.Count];
            var (mutation, bytes) = Mutate(random, original);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Extractor.ExtractBytes(name, bytes);
            var work = GC.GetAllocatedBytesForCurrentThread() - before;
            if (work > FixedWork + WorkPerByte * bytes.Length)
                over.Add($"mutant {n} ({mutation} of {name}): {bytes.Length:N0} bytes, {work:N0} allocated");
        }
        Assert.True(over.Count == 0, $"{over.Count} of {Mutants} mutants took more work than {FixedWork:N0} + {WorkPerByte} per byte:\n" + string.Join("\n", over.Take(20)));
    }

    private static (string, byte[]) Mutate(Random random, byte[] original)
    {
        var text = Encoding.UTF8.GetString(original);
        switch (random.Next(9))
        {
            case 0:
            {
                var bytes = (byte[])original.Clone();
                for (var k = random.Next(1, 40); k > 0; k--) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return ("byte flips", bytes);
            }
            case 1:
                return ("truncation", original[..random.Next(1, original.Length)]);
            case 2:
            {
                var lines = text.Split('\n');
                random.Shuffle(lines);
                return ("shuffled lines", HostileInputs.Utf8(string.Join('\n', lines)));
            }
            case 3:
            {
                // NULs after the first 8 KB are not taken for binary: the stages read them.
                var at = random.Next(text.Length);
                return ("NULs", HostileInputs.Utf8(text[..at] + new string('\0', random.Next(1, 5)) + text[at..]));
            }
            case 4:
            {
                var tag = random.Next(3) switch { 0 => "div", 1 => "span", _ => "pre" };
                var depth = random.Next(300, 3000);
                var at = random.Next(text.Length);
                return ($"{depth} nested {tag}", HostileInputs.Utf8(text[..at] + HostileInputs.Repeat($"<{tag}>", depth) + text[at..]));
            }
            case 5:
            {
                var at = random.Next(text.Length);
                var token = new string("9,.$(%-"[random.Next(7)], 1) + new string((char)('0' + random.Next(10)), random.Next(100, 50_000));
                return ("huge token", HostileInputs.Utf8(text[..at] + token + text[at..]));
            }
            case 6:
                return ("UTF-16", (random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(text));
            case 7:
            {
                var at = random.Next(text.Length);
                var reference = random.Next(4) switch { 0 => "&#xD800;", 1 => "&#x110000;", 2 => "&#99999999999999;", _ => "&bogus;" };
                return ("character references", HostileInputs.Utf8(text[..at] + reference + text[at..]));
            }
            default:
            {
                // A run of the document's own lines repeated: long tables, repeated headings.
                var from = random.Next(text.Length);
                var chunk = text[from..Math.Min(text.Length, from + random.Next(1, 2000))];
                return ("repeated chunk", HostileInputs.Utf8(text[..from] + HostileInputs.Repeat(chunk, random.Next(2, 20)) + text[from..]));
            }
        }
    }
}
