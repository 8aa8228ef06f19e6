namespace Tickmark.Cli;

/// <summary>The one line the last-resort handler prints: the command's input paths, then what went wrong.</summary>
public static class LastResort
{
    public static string Describe(IReadOnlyList<string> args, Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        var message = string.Join(' ', inner.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var inputs = args.Skip(1).Where(a => !a.StartsWith('-') && (File.Exists(a) || Directory.Exists(a))).ToList();
        var what = inputs.Count == 0 ? "" : $"{string.Join(", ", inputs)}: ";
        return $"{what}unexpected fault ({inner.GetType().Name}): {message}";
    }
}
