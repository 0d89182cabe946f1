Console.WriteLine("paperarchive");
