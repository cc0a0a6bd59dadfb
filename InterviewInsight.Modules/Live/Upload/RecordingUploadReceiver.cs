using System.Globalization;
using System.Text;
using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Sessions;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace InterviewInsight.Modules.Live.Upload;

/// <summary>
/// Turns a multipart upload into a practice session of kind Upload: streams the file into the media store (never whole
/// in memory), checks it with ffprobe and one pass over its packets (readable, whole, with audio, within the <c>Media</c>
/// limits), and saves the session, its segment, its answers and <see cref="SessionEnded"/> in
/// one transaction. A rejected upload leaves no file and no row behind.
/// </summary>
internal sealed class RecordingUploadReceiver(
    IMediaStore store,
    IDbContextFactory<LiveDbContext> dbs,
    IAuthApi auth,
    IClock clock,
    IOptions<MediaOptions> media,
    ILogger<RecordingUploadReceiver> logger)
{
    public const string FileField = "recording";
    public const int MaxQuestions = 50;

    /// <summary>Accepted file types by extension (the browser's MIME type for these varies too much to trust).</summary>
    public static readonly IReadOnlyDictionary<string, string> AcceptedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".webm"] = "video/webm",
        [".mp4"] = "video/mp4",
        [".mov"] = "video/quicktime",
        [".mkv"] = "video/x-matroska",
        [".wav"] = "audio/wav",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly HashSet<string> OnValues = new(["true", "on", "1"], StringComparer.OrdinalIgnoreCase);

    public long MaxBytes => media.Value.MaxUploadBytes;

    public async Task<Guid> ReceiveAsync(string ownerId, string? contentType, Stream body, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UploadRejectedException(415, "Send the recording as multipart/form-data with a 'recording' file field.");
        }

        var sessionId = Guid.NewGuid();
        try
        {
            var (form, upload) = await ReadSectionsAsync(sessionId, boundary, body, ct);
            var info = await CheckMediaAsync(upload.Key, ct);
            var questions = ParseQuestions(form.Questions, info.DurationSeconds);
            await SaveAsync(ownerId, sessionId, form, upload, info, questions, ct);
            logger.LogInformation("Upload {SessionId} stored: {Bytes} bytes, {Questions} questions", sessionId, upload.Bytes, questions.Count);
            return sessionId;
        }
        catch
        {
            store.DeleteSession(sessionId);
            throw;
        }
    }

    private sealed record StoredUpload(MediaKey Key, string MimeType, string OriginalFileName, long Bytes);

    private async Task<(UploadForm Form, StoredUpload Upload)> ReadSectionsAsync(Guid sessionId, string boundary, Stream body, CancellationToken ct)
    {
        // No per-section limit: the store counts the bytes itself and fails with a clear "too large" error (the reader's
        // own limit would trip first, with a generic one); Kestrel caps the whole request.
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null, HeadersLengthLimit = 16 * 1024 };
        var form = new UploadForm();
        StoredUpload? upload = null;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    if (upload is not null || !string.Equals(disposition.Name.Value, FileField, StringComparison.Ordinal))
                    {
                        throw new UploadRejectedException(400, "Upload one recording at a time, in the 'recording' field.");
                    }

                    upload = await StoreFileAsync(sessionId, disposition, section.Body, ct);
                }
                else if (disposition.IsFormDisposition() && disposition.Name.Value is { } name)
                {
                    form.Set(name, await ReadFieldAsync(section.Body, ct));
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UploadRejectedException(400, $"The upload was cut off or is not a valid form post ({ex.Message}).");
        }

        return (form, upload ?? throw new UploadRejectedException(400, "Choose a recording to upload."));
    }

    private async Task<StoredUpload> StoreFileAsync(Guid sessionId, ContentDispositionHeaderValue disposition, Stream content, CancellationToken ct)
    {
        var originalName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
        var extension = Path.GetExtension(originalName);
        if (!AcceptedTypes.TryGetValue(extension, out var mime))
        {
            throw new UploadRejectedException(415,
                $"'{Truncate(originalName, 80)}' is not a supported recording. Upload one of: {string.Join(", ", AcceptedTypes.Keys)}.");
        }

        var key = MediaKey.For(sessionId, "upload" + extension.ToLowerInvariant());
        try
        {
            var bytes = await store.WriteAsync(key, content, MaxBytes, ct);
            return new StoredUpload(key, mime, Truncate(originalName, 255), bytes);
        }
        catch (MediaTooLargeException ex)
        {
            throw new UploadRejectedException(413, $"The recording is larger than the limit of {MediaLimits.FormatBytes(ex.LimitBytes)}. Trim it or compress it, then try again.");
        }
    }

    private async Task<MediaProbe.MediaInfo> CheckMediaAsync(MediaKey key, CancellationToken ct)
    {
        if (store.Length(key) == 0)
        {
            throw new UploadRejectedException(422, "The file is empty.");
        }

        MediaProbe.MediaInfo info;
        try
        {
            info = await MediaProbe.ProbeAsync(store.LocalPath(key), ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or TimeoutException or JsonException)
        {
            logger.LogInformation("Upload rejected, ffprobe cannot read it: {Reason}", ex.Message);
            throw new UploadRejectedException(422, "The file could not be read as audio or video: it may be truncated, damaged or not a recording.");
        }

        if (!info.HasAudio)
        {
            throw new UploadRejectedException(422, info.HasVideo
                ? "The recording has no audio track. InterviewInsight needs your voice to analyse the answers."
                : "The file could not be read as audio or video: it may be truncated, damaged or not a recording.");
        }

        // The header first (one ffprobe), then every packet: a header can claim a short file that holds hours, or a whole one that was cut off.
        EnforceLimits(info);
        var whole = await ReadThroughAsync(key, ct);
        if (whole.Damage is { } damage)
        {
            logger.LogInformation("Upload rejected, damaged: {Damage}", damage);
            throw new UploadRejectedException(422,
                $"The file is damaged or cut off (ffmpeg: \"{Truncate(damage, 160)}\"). Upload the complete recording again, or export it again from the app that made it.");
        }

        if (whole.LastPacketSeconds > info.DurationSeconds)
        {
            info = info with { DurationSeconds = whole.LastPacketSeconds };
            EnforceLimits(info);
        }

        return info;
    }

    private void EnforceLimits(MediaProbe.MediaInfo info)
    {
        try
        {
            MediaLimits.Enforce(info, media.Value);
        }
        catch (MediaLimitExceededException ex)
        {
            logger.LogInformation("Upload rejected over a media limit: {Reason}", ex.Message);
            throw new UploadRejectedException(422, ex.Message);
        }
    }

    private async Task<MediaProbe.ReadThrough> ReadThroughAsync(MediaKey key, CancellationToken ct)
    {
        try
        {
            return await MediaProbe.ReadThroughAsync(store.LocalPath(key), ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or TimeoutException)
        {
            logger.LogInformation("Upload rejected, ffmpeg cannot read it through: {Reason}", ex.Message);
            throw new UploadRejectedException(422, "The file is damaged or cut off: it could not be read to its end. Upload the complete recording again.");
        }
    }

    private static List<UploadedQuestion> ParseQuestions(string? json, double? duration)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        List<UploadedQuestion>? questions;
        try
        {
            questions = JsonSerializer.Deserialize<List<UploadedQuestion>>(json, Json);
        }
        catch (JsonException)
        {
            throw new UploadRejectedException(400, "The question list is not valid: send a JSON array of {\"question\", \"start\"}.");
        }

        questions = [.. (questions ?? []).Where(q => !string.IsNullOrWhiteSpace(q.Question)).OrderBy(q => q.Start)];
        if (questions.Count > MaxQuestions)
        {
            throw new UploadRejectedException(400, $"Up to {MaxQuestions} questions can be marked in one recording.");
        }

        foreach (var q in questions)
        {
            if (q.Question.Length > 2000)
            {
                throw new UploadRejectedException(400, "A question can be at most 2,000 characters.");
            }

            if (q.Start < 0 || !double.IsFinite(q.Start) || q.Start >= duration)
            {
                throw new UploadRejectedException(400, duration is { } d
                    ? $"The question \"{Truncate(q.Question, 60)}\" starts at {q.Start:0.#} s, outside the recording (0 to {d:0.#} s)."
                    : $"The question \"{Truncate(q.Question, 60)}\" has an invalid start time.");
            }
        }

        return questions;
    }

    private async Task SaveAsync(
        string ownerId, Guid sessionId, UploadForm form, StoredUpload upload, MediaProbe.MediaInfo info, List<UploadedQuestion> questions, CancellationToken ct)
    {
        var setUp = new SessionSetUp(
            string.IsNullOrWhiteSpace(form.Role) ? "Uploaded recording" : form.Role.Trim(),
            form.Domain?.Trim() ?? "",
            Enum.TryParse<Seniority>(form.Seniority, ignoreCase: true, out var seniority) ? seniority : Seniority.Mid,
            Enum.TryParse<InterviewType>(form.InterviewType, ignoreCase: true, out var type) ? type : InterviewType.Behavioural,
            Math.Clamp(questions.Count, 1, 20),
            string.IsNullOrWhiteSpace(form.JobDescription) ? null : form.JobDescription.Trim(),
            info.HasVideo,
            // Voice and transcript are what an upload is for (one without audio is refused); video and expressions only when asked for.
            new AnalysisConsent(Audio: true, Video: info.HasVideo && IsOn(form.ConsentVideo), Expressions: info.HasVideo && IsOn(form.ConsentVideo) && IsOn(form.ConsentExpressions)),
            Accommodation: IsOn(form.Accommodation) || (string.IsNullOrWhiteSpace(form.Accommodation) && (await auth.GetPreferencesAsync(ownerId, ct)).AccommodationByDefault));
        var errors = SessionSetUpValidator.Validate(setUp);
        if (errors.Count > 0)
        {
            throw new UploadRejectedException(400, string.Join(" ", errors));
        }

        var calibration = double.TryParse(form.CalibrationSeconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 30 ? c : (double?)null;
        var now = clock.UtcNow;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = PracticeSessionFactory.Create(ownerId, SessionKind.Upload, setUp, now);
        session.Id = sessionId;
        session.Status = SessionStatus.Ended;
        session.EndedAt = now;
        session.CalibrationStartSeconds = calibration is null ? null : 0;
        session.CalibrationEndSeconds = calibration;
        db.Sessions.Add(session);
        db.Segments.Add(new RecordingSegment
        {
            Id = Guid.NewGuid(),
            SessionId = sessionId,
            Index = 0,
            MediaPath = upload.Key.Path,
            MimeType = upload.MimeType,
            OffsetSeconds = 0,
            Bytes = upload.Bytes,
            ChunkCount = 1,
            OriginalFileName = upload.OriginalFileName,
            CreatedAt = now,
        });
        for (var i = 0; i < questions.Count; i++)
        {
            db.Answers.Add(new Answer
            {
                Id = Guid.NewGuid(),
                SessionId = sessionId,
                Index = i,
                QuestionText = questions[i].Question.Trim(),
                Kind = AnswerKind.Planned,
                StartSeconds = questions[i].Start,
                EndSeconds = i + 1 < questions.Count ? questions[i + 1].Start : info.DurationSeconds,
            });
        }

        db.AddEvent(new SessionEnded(sessionId, ownerId), now);
        await db.SaveChangesAsync(ct);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[UploadForm.MaxFieldLength + 1];
        var read = await reader.ReadBlockAsync(buffer, ct);
        if (read > UploadForm.MaxFieldLength)
        {
            throw new UploadRejectedException(400, $"A form field is longer than {UploadForm.MaxFieldLength:N0} characters.");
        }

        return new string(buffer, 0, read);
    }

    /// <summary>A switch field is on only when it says so: a missing field is off (consent is never assumed).</summary>
    private static bool IsOn(string? value) => OnValues.Contains(value?.Trim() ?? "");

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length] + "…";
}
