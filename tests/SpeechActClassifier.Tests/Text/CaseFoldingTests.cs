using SpeechActClassifier.Text;

namespace SpeechActClassifier.Tests.Text;

public sealed class CaseFoldingTests
{
    [Theory]
    [InlineData('A', 'a')]
    [InlineData('z', 'z')]
    [InlineData('7', '7')]
    [InlineData('\u2019', '\'')]
    [InlineData('\u2018', '\'')]
    [InlineData('\u02BC', '\'')]
    [InlineData('\u2010', '-')]
    [InlineData('\u2011', '-')]
    [InlineData('\u00C4', '\u00E4')]
    [InlineData('\u00C6', '\u00E6')]
    [InlineData('\u03A3', '\u03C3')]
    [InlineData('\u0416', '\u0436')]
    [InlineData('\u00AD', '\0')]
    [InlineData('\u200B', '\0')]
    [InlineData('\uFEFF', '\0')]
    public void Fold_Char(char c, char expected) => Assert.Equal(expected, CaseFolding.Fold(c));

    [Theory]
    [InlineData("NATO\u2019s", "nato's")]
    [InlineData("Re\u2010Securitized", "re-securitized")]
    [InlineData("Secu\u00ADrity", "security")]
    [InlineData("W\u00C6VER", "w\u00E6ver")]
    [InlineData("\u0420\u041E\u0421\u0421\u0418\u042F", "\u0440\u043E\u0441\u0441\u0438\u044F")]
    [InlineData("", "")]
    public void Fold_String(string text, string expected) => Assert.Equal(expected, CaseFolding.Fold(text));

    [Fact]
    public void Fold_LongString_UsesTheHeapPath() =>
        Assert.Equal(new string('a', 300) + "'", CaseFolding.Fold(new string('A', 300) + "\u2019"));

    [Fact]
    public void Fold_Null_Throws() => Assert.Throws<ArgumentNullException>(() => CaseFolding.Fold((string)null!));

    [Fact]
    public void Fold_IntoShortDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => CaseFolding.Fold("NATO".AsSpan(), new char[3]));

    [Fact]
    public void Fold_IntoSpan_DropsFormattingCharacters()
    {
        var destination = new char[8];
        var written = CaseFolding.Fold("A\u200BB", destination);

        Assert.Equal("ab", new string(destination, 0, written));
    }

    [Theory]
    [InlineData("NATO\u2019s", "nato's")]
    [InlineData("NATO's", "nato\u2019s")]
    [InlineData("SECURITY", "security")]
    [InlineData("secu\u00ADrity", "Security")]
    [InlineData("NATO\u2011Russia", "nato-russia")]
    public void Hash_IsEqualForTextThatFoldsAlike(string left, string right) =>
        Assert.Equal(CaseFolding.Hash(left), CaseFolding.Hash(right));

    [Theory]
    [InlineData("nato", "natos")]
    [InlineData("nato", "otan")]
    [InlineData("threat", "threats")]
    [InlineData("a b", "ab")]
    public void Hash_DiffersForDifferentWords(string left, string right) =>
        Assert.NotEqual(CaseFolding.Hash(left), CaseFolding.Hash(right));

    [Fact]
    public void Hash_IsTheFixedFnv1aOfTheFoldedText()
    {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c: the hash must never change between runs or machines.
        Assert.Equal(0xaf63dc4c8601ec8cUL, CaseFolding.Hash("A"));
        Assert.Equal(CaseFolding.HashSeed, CaseFolding.Hash(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void Append_ChainsIntoTheHashOfThePhrase()
    {
        var phrase = CaseFolding.Append(CaseFolding.Append(CaseFolding.Hash("NATO"), ' '), "Russia");
        Assert.Equal(CaseFolding.Hash("nato russia"), phrase);
    }
}
