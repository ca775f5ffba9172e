namespace FalseReject.Tests.Graph;

public sealed class EntityNormalizerTests
{
    [Theory]
    [InlineData("  Pipe   Bomb ", "pipe bomb")]
    [InlineData("\"The Bomb\".", "bomb")]
    [InlineData("the the bomb", "bomb")]
    [InlineData("a", "a")]
    [InlineData("", "")]
    public void NormalizeName_Input_IsNormalised(string input, string expected)
    {
        Assert.Equal(expected, EntityNormalizer.NormalizeName(input));
    }

    [Theory]
    [InlineData("The Bomb")]
    [InlineData(" 'an' the 'a' thing.")]
    [InlineData("__x__")]
    public void NormalizeName_Normalised_IsFixedPoint(string input)
    {
        var once = EntityNormalizer.NormalizeName(input);

        Assert.Equal(once, EntityNormalizer.NormalizeName(once));
    }

    [Theory]
    [InlineData("People", EntityTypes.Person)]
    [InlineData("substance", EntityTypes.ObjectOrSubstance)]
    [InlineData("place", EntityTypes.Location)]
    [InlineData("Action", EntityTypes.Activity)]
    [InlineData("ideology", EntityTypes.Concept)]
    [InlineData(null, EntityTypes.Concept)]
    public void NormalizeExtractedType_ModelType_MapsToStandardType(string? input, string expected)
    {
        Assert.Equal(expected, EntityNormalizer.NormalizeExtractedType(input));
    }

    [Fact]
    public void NormalizeType_HostType_IsKept()
    {
        Assert.Equal("malware family", EntityNormalizer.NormalizeType(" Malware  Family "));
    }

    [Fact]
    public void NormalizeLabel_Underscores_BecomeSpaces()
    {
        Assert.Equal("used to make", EntityNormalizer.NormalizeLabel("'Used_To_Make'"));
    }
}
