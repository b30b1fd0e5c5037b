using System.Text;
using GovInfoDisclosure.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return GidrApp.Run(args, Console.Out, Console.Error, Console.OpenStandardOutput, interactive: !Console.IsErrorRedirected);
