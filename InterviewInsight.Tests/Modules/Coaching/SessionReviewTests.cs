using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>Comments and overrides on a real analysed session, by its owner and a sharee.</summary>
[Trait("Category", "Integration")]
[Collection(SharedSession.Collection)]
public sealed class SessionReviewTests
{
    private readonly SharedSession shared;

    public SessionReviewTests(SharedSession shared) => this.shared = shared;

    private string SessionPath => $"/api/sessions/{shared.Id}";

    [Fact]
    public async Task Given_a_sharee_comment_at_a_moment_When_the_owner_replies_Then_both_list_it_with_author_roles_moment_and_thread()
    {
        // Arrange
        var (coachId, coach) = await shared.AccountAsync("commenter@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "commenter@example.org");

        // Act
        var first = await PostAsync(coach, "comments", new { atSeconds = 2.5, targetId = "score.delivery", text = "  Slow down here.  " });
        var reply = await PostAsync(shared.Owner, "comments", new { text = "Will do", replyToId = first });

        // Assert
        foreach (var reader in new[] { coach, shared.Owner })
        {
            var comments = (await reader.GetFromJsonAsync<JsonElement>($"{SessionPath}/comments")).EnumerateArray().ToList();
            var c = comments.Single(x => x.GetProperty("id").GetGuid() == first);
            c.GetProperty("authorId").GetString().ShouldBe(coachId);
            c.GetProperty("authorName").GetString().ShouldBe("commenter@example.org");
            c.GetProperty("authorRole").GetString().ShouldBe("sharee");
            c.GetProperty("atSeconds").GetDouble().ShouldBe(2.5);
            c.GetProperty("targetId").GetString().ShouldBe("score.delivery");
            c.GetProperty("text").GetString().ShouldBe("Slow down here.");
            var r = comments.Single(x => x.GetProperty("id").GetGuid() == reply);
            r.GetProperty("authorRole").GetString().ShouldBe("owner");
            r.GetProperty("replyToId").GetGuid().ShouldBe(first);
            r.GetProperty("atSeconds").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    [Theory]
    [InlineData("""{"text":""}""", "text")]
    [InlineData("""{"text":"hi","atSeconds":-1}""", "atSeconds")]
    [InlineData("""{"text":"hi","targetId":"<script>"}""", "targetId")]
    [InlineData("""{"text":"hi","replyToId":"7d1f2c1e-0000-4000-8000-000000000000"}""", "replyToId")]
    public async Task Given_a_bad_comment_When_posted_Then_400_naming_the_field(string body, string field)
    {
        using var response = await shared.Owner.PostAsync($"{SessionPath}/comments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_sharee_override_of_a_score_and_a_card_When_listed_Then_the_machines_value_stays_beside_it_pinned_to_the_run()
    {
        // Arrange
        var (coachId, coach) = await shared.AccountAsync("overrider@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "overrider@example.org");
        using var result = JsonDocument.Parse(await shared.Owner.GetStringAsync($"{SessionPath}/analysis/result"));
        var overall = result.RootElement.GetProperty("scores").GetProperty("overall").GetProperty("value").GetDouble();
        var card = result.RootElement.GetProperty("recommendations").EnumerateArray().Concat(result.RootElement.GetProperty("segments").EnumerateArray()).First();
        var cardId = card.GetProperty("id").GetString()!;

        // Act
        var scoreOverride = await PostAsync(coach, "overrides", new { targetId = "score.overall", value = 72, reason = "Strong example, clear result." });
        var cardOverride = await PostAsync(coach, "overrides", new { targetId = cardId, text = "Open with the result, then the story.", reason = "Recruiters skim." });

        // Assert
        var overrides = (await shared.Owner.GetFromJsonAsync<JsonElement>($"{SessionPath}/overrides")).EnumerateArray().ToList();
        var s = overrides.Single(o => o.GetProperty("id").GetGuid() == scoreOverride);
        s.GetProperty("machineValue").GetString().ShouldBe(Math.Round(overall).ToString(System.Globalization.CultureInfo.InvariantCulture));
        s.GetProperty("value").GetDouble().ShouldBe(72);
        s.GetProperty("runVersion").GetInt32().ShouldBe(1);
        s.GetProperty("coachId").GetString().ShouldBe(coachId);
        var c = overrides.Single(o => o.GetProperty("id").GetGuid() == cardOverride);
        c.GetProperty("text").GetString().ShouldBe("Open with the result, then the story.");
        c.GetProperty("machineValue").GetString()!.ShouldContain(card.TryGetProperty("text", out var text) ? text.GetString()! : card.GetProperty("suggestion").GetString()!);
        c.GetProperty("reason").GetString().ShouldBe("Recruiters skim.");
        result.RootElement.GetProperty("scores").GetProperty("overall").GetProperty("value").GetDouble().ShouldBe(overall);
        using var after = JsonDocument.Parse(await shared.Owner.GetStringAsync($"{SessionPath}/analysis/result"));
        after.RootElement.GetProperty("scores").GetProperty("overall").GetProperty("value").GetDouble().ShouldBe(overall, "an override never replaces the machine's value");
    }

    [Fact]
    public async Task Given_bad_overrides_or_the_owner_When_posted_Then_400_naming_the_field()
    {
        var (_, coach) = await shared.AccountAsync("strict@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "strict@example.org");

        await ShouldRefuseAsync(shared.Owner, new { targetId = "score.overall", value = 50, reason = "mine" }, "targetId");
        await ShouldRefuseAsync(coach, new { targetId = "score.nothing", value = 50, reason = "x" }, "targetId");
        await ShouldRefuseAsync(coach, new { targetId = "score.overall", reason = "no value" }, "value");
        await ShouldRefuseAsync(coach, new { targetId = "score.overall", value = 101, reason = "too high" }, "value");
        await ShouldRefuseAsync(coach, new { targetId = "score.overall", value = 50 }, "reason");
    }

    [Fact]
    public async Task Given_a_share_a_comment_and_a_reply_When_notices_are_read_Then_each_side_hears_of_the_others_news_until_marked_seen()
    {
        // Arrange
        var (_, coach) = await shared.AccountAsync("noticed@example.org", "Coach");
        (await shared.Owner.PostAsync("/api/me/notices/seen", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await shared.ShareAsync(shared.Id, "noticed@example.org");

        // Act
        var coachNotices = await NoticesAsync(coach);
        var comment = await PostAsync(coach, "comments", new { text = "Notice me, please." });
        var ownerNotices = await NoticesAsync(shared.Owner);
        (await shared.Owner.PostAsync("/api/me/notices/seen", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var ownerAfterSeen = await NoticesAsync(shared.Owner);
        await PostAsync(shared.Owner, "comments", new { text = "Noted, thanks.", replyToId = comment });
        var coachAfterReply = await NoticesAsync(coach);

        // Assert
        coachNotices.GetProperty("unseen").GetInt32().ShouldBe(1);
        var share = coachNotices.GetProperty("items")[0];
        share.GetProperty("kind").GetString().ShouldBe("share");
        share.GetProperty("text").GetString()!.ShouldContain("owner@example.org");
        share.GetProperty("url").GetString().ShouldBe($"/practice/{shared.Id}/results");
        var newest = ownerNotices.GetProperty("items")[0];
        newest.GetProperty("kind").GetString().ShouldBe("comment");
        newest.GetProperty("text").GetString()!.ShouldContain("Notice me, please.");
        newest.GetProperty("isNew").GetBoolean().ShouldBeTrue();
        ownerNotices.GetProperty("unseen").GetInt32().ShouldBe(1);
        ownerAfterSeen.GetProperty("unseen").GetInt32().ShouldBe(0);
        coachAfterReply.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("kind").GetString() == "reply"
            && n.GetProperty("text").GetString()!.Contains("Noted, thanks.") && n.GetProperty("isNew").GetBoolean());
    }

    [Fact]
    public async Task Given_a_comment_from_a_sharee_When_both_export_their_data_Then_each_archive_holds_it()
    {
        var (_, coach) = await shared.AccountAsync("exporter@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "exporter@example.org");
        await PostAsync(coach, "comments", new { text = "Exported words." });

        foreach (var client in new[] { shared.Owner, coach })
        {
            await using var zip = new System.IO.Compression.ZipArchive(await client.GetStreamAsync("/api/me/export"));
            using var reader = new StreamReader(zip.GetEntry("comments.json")!.Open());
            (await reader.ReadToEndAsync()).ShouldContain("Exported words.");
        }
    }

    private static async Task<JsonElement> NoticesAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>("/api/me/notices");

    private async Task ShouldRefuseAsync(HttpClient client, object body, string field)
    {
        using var response = await client.PostAsJsonAsync($"{SessionPath}/overrides", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
    }

    private async Task<Guid> PostAsync(HttpClient client, string collection, object body)
    {
        using var response = await client.PostAsJsonAsync($"{SessionPath}/{collection}", body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
