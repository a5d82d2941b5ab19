// Benchmarks of Kontor against a raw-SQL baseline run in the same process. See README.md in this folder.
Console.WriteLine("usage: dotnet run -c Release --project bench/Kontor.Bench -- <command>");
return 0;
