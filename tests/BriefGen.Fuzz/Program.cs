using BriefGen.Fuzz;
using SharpFuzz;

// Usage: BriefGen.Fuzz <target>. Under afl-fuzz: SharpFuzz's out-of-process fork server, which survives a hang or a
// stack overflow. Run directly: the target runs once over standard input and an escaping exception ends the process.
if (args is not [var name] || FuzzTargets.Find(name) is not { } target)
{
    Console.Error.WriteLine("usage: BriefGen.Fuzz <" + string.Join('|', FuzzTargets.All.Select(t => t.Name)) + "> < input");
    return 2;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;
