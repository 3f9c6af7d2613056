using System.Text;
using Monkeys.Endpoints.Http;

namespace Monkeys.Endpoints.Tests.Http;

public sealed class BodyExcerptTests
{
    [Fact]
    public void Short_body_is_kept_on_one_line()
    {
        string? excerpt = BodyExcerpt.From("line one\nline two"u8, secret: null);

        Assert.Equal("line one line two", excerpt);
    }

    [Fact]
    public void Long_body_is_cut_with_ellipsis()
    {
        byte[] body = Encoding.UTF8.GetBytes(new string('x', 1000));

        string? excerpt = BodyExcerpt.From(body, secret: null);

        Assert.Equal(new string('x', BodyExcerpt.MaxLength) + "…", excerpt);
    }

    [Fact]
    public void Secret_is_masked_even_across_the_cut()
    {
        const string secret = "sk-abcdefghijklmnop";
        byte[] body = Encoding.UTF8.GetBytes(new string('x', BodyExcerpt.MaxLength - 5) + secret + new string('y', 500));

        string? excerpt = BodyExcerpt.From(body, secret);

        Assert.DoesNotContain("sk-abc", excerpt);
        Assert.StartsWith(new string('x', BodyExcerpt.MaxLength - 5) + "***", excerpt);
    }

    [Fact]
    public void Empty_body_gives_null()
    {
        Assert.Null(BodyExcerpt.From([], "secret"));
    }
}
