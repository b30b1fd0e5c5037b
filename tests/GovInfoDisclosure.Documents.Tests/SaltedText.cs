using System.Text;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>Random text for property tests of white space: a text with characters inserted at random places.</summary>
internal static class SaltedText
{
    /// <summary>
    /// The text with up to <paramref name="most"/> - 1 of <paramref name="salt"/>'s characters inserted, how many, which
    /// and where chosen by <paramref name="seed"/>.
    /// </summary>
    public static string Of(string text, int seed, string salt, int most)
    {
        var sb = new StringBuilder(text);
        var random = new Random(seed);
        for (int i = 0; i < seed % most; i++)
        {
            sb.Insert(random.Next(sb.Length + 1), salt[random.Next(salt.Length)]);
        }

        return sb.ToString();
    }
}
