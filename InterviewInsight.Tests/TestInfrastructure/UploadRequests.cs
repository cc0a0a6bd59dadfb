using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>Uploads through the real endpoint and waits for the analysis the way a page would (polling here, not in the app).</summary>
public static class UploadRequests
{
    public const string Route = "/api/sessions/uploads";

    /// <summary>
    /// The upload form. Like the browser page, it consents to video and expressions explicitly (the API assumes no consent)
    /// unless <paramref name="fields"/> says otherwise or <paramref name="consent"/> is false (the fields are then left out).
    /// </summary>
    public static MultipartFormDataContent Form(
        string fileName, byte[] bytes, string? questionsJson = null, IDictionary<string, string>? fields = null, bool consent = true)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent("Backend engineer"), "role");
        var all = new Dictionary<string, string>(fields ?? new Dictionary<string, string>());
        if (consent)
        {
            all.TryAdd("consentVideo", "true");
            all.TryAdd("consentExpressions", "true");
        }

        foreach (var (name, value) in all)
        {
            form.Add(new StringContent(value), name);
        }

        if (questionsJson is not null)
        {
            form.Add(new StringContent(questionsJson), "questions");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "recording", fileName);
        return form;
    }

    public static async Task<Guid> UploadAsync(
        HttpClient client, string fileName, byte[] bytes, string? questionsJson = null, IDictionary<string, string>? fields = null, bool consent = true)
    {
        using var response = await client.PostAsync(Route, Form(fileName, bytes, questionsJson, fields, consent));
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(201, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("sessionId").GetGuid();
    }

    public static async Task<AnalysisProgress> WaitForRunAsync(HttpClient client, Guid sessionId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        AnalysisProgress? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync($"/api/sessions/{sessionId}/analysis");
            if (response.IsSuccessStatusCode)
            {
                last = await response.Content.ReadFromJsonAsync<AnalysisProgress>(ApiJson.Options);
                if (last!.IsFinished)
                {
                    return last;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The analysis of {sessionId} did not finish in {timeout}; last state: {last}");
    }
}
