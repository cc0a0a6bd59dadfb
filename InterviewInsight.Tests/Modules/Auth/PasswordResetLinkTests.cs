using System.Net;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace InterviewInsight.Tests.Modules.Auth;

[Trait("Category", "Integration")]
public sealed class PasswordResetLinkTests
{
    private const string PublicUrl = "https://interviews.example.org";

    [Fact]
    public async Task Given_SMTP_and_a_public_URL_When_a_reset_is_asked_with_a_forged_Host_header_Then_the_e_mailed_link_uses_the_public_URL()
    {
        // Arrange: a real SMTP conversation with a loopback server, and an account to reset
        using var smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        using var app = new AppFactory(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableSsl"] = "false",
            ["App:PublicUrl"] = PublicUrl,
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RegisterAsync("forgetful@example.com", "Practice2026")).Succeeded.ShouldBeTrue();
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false });

        // Act: the page's own form, posted with its antiforgery token
        var form = await client.GetStringAsync("/Account/ForgotPassword");
        using var posted = await client.PostAsync("/Account/ForgotPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "forgot-password",
            ["__RequestVerificationToken"] = FormToken.Antiforgery(form),
            ["Input.Email"] = "forgetful@example.com",
        }));

        // Assert
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await posted.Content.ReadAsStringAsync()).ShouldContain("reset-sent");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (smtp.ReceivedEmailCount == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var body = smtp.ReceivedEmail.ShouldHaveSingleItem().MessageParts[0].BodyData;
        body.ShouldContain($"{PublicUrl}/Account/ResetPassword?code=");
        body.ShouldNotContain("attacker.example");
    }

    [Fact]
    public void Given_SMTP_without_a_public_URL_When_the_app_starts_Then_it_stops_with_a_message_naming_both_keys()
    {
        // Arrange
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Smtp:Host"] = "127.0.0.1" });

        // Act
        var failure = Should.Throw<Exception>(() => app.Services);

        // Assert
        var message = failure.ToString();
        message.ShouldContain("Smtp:Host");
        message.ShouldContain("App:PublicUrl");
    }

    [Fact]
    public async Task Given_no_SMTP_When_the_forgot_password_page_opens_Then_it_sends_nothing_and_points_to_the_admin_reset()
    {
        // Arrange
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["App:PublicUrl"] = PublicUrl });

        // Act
        var page = await app.CreateAnonymousClient().GetStringAsync("/Account/ForgotPassword");

        // Assert
        page.ShouldContain("id=\"no-email\"");
        page.ShouldNotContain("Send me a reset link");
    }
}
