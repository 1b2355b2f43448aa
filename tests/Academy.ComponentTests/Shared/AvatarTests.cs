using Academy.Shared.Components;

namespace Academy.ComponentTests.Shared;

public sealed class AvatarTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    [Fact]
    public void Without_a_picture_the_first_two_initials_are_shown_and_hidden_from_screen_readers()
    {
        var avatar = Render<Avatar>(parameters => parameters.Add(p => p.Name, "aino maria virtanen"));

        var initials = avatar.Find("span.avatar");
        Assert.Equal("AM", initials.TextContent);
        Assert.Equal("true", initials.GetAttribute("aria-hidden"));
        Assert.Empty(avatar.FindAll("img"));
    }

    [Fact]
    public void A_picture_is_decorative_because_the_name_is_written_beside_it()
    {
        var avatar = Render<Avatar>(parameters => parameters.Add(p => p.Name, "Aino Virtanen").Add(p => p.ImageUrl, "/people/aino/avatar?v=3").Add(p => p.Large, true));

        var image = avatar.Find("img");
        Assert.Equal(("/people/aino/avatar?v=3", "", "96", "96"), (image.GetAttribute("src"), image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.True(image.ClassList.Contains("large"));
    }

    [Theory]
    [InlineData(null, "?")]
    [InlineData("", "")]
    [InlineData("  Ömer   ", "Ö")]
    [InlineData("Li Na Zhang Wei", "LN")]
    public void Initials_take_the_first_letter_of_the_first_two_names(string? name, string expected) =>
        Assert.Equal(expected, Avatar.InitialsOf(name));
}
