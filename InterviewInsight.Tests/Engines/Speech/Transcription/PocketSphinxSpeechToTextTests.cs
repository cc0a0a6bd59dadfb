using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Tooling.Accuracy.Speech;
using InterviewInsight.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

public sealed class PocketSphinxSpeechToTextTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_the_jfk_clip_When_transcribing_Then_most_words_are_right_and_timed_inside_the_clip()
    {
        // Arrange
        using var engine = new PocketSphinxSpeechToText();
        var samples = SpeechTestAudio.Load("B_jfk");
        var reference = await File.ReadAllTextAsync(TestAssets.TestData("audio/B_jfk.txt"));

        // Act
        var transcript = await engine.TranscribeAsync(samples, CancellationToken.None);

        // Assert
        output.WriteLine(transcript.Text);
        // Measured 18.2 % (22 words, 4 errors); PocketSphinx is deterministic.
        WordErrorRate.Compute(reference, transcript.Text).ShouldBeLessThan(0.2);
        transcript.Engine.ShouldBe(engine.Engine);
        transcript.LowAccuracy.ShouldBeTrue();
        transcript.Words.ShouldAllBe(w => w.Start >= 0 && w.End > w.Start && w.End <= 11.0 && w.Confidence >= 0 && w.Confidence <= 1);
        transcript.Words.Select(w => w.Start).ShouldBeInOrder();
        transcript.Words.Last(w => w.Text == "country").End.ShouldBe(10.3, 1.2);
    }

    [Fact]
    public async Task Given_the_shared_clips_When_comparing_whole_file_and_per_vad_region_decoding_Then_whole_file_is_more_accurate()
    {
        // Arrange
        using var engine = new PocketSphinxSpeechToText();
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        double wholeErrors = 0, regionErrors = 0, words = 0;

        // Act
        foreach (var clip in SpeechAccuracyReport.Clips)
        {
            var samples = SpeechTestAudio.Load(clip);
            var reference = await File.ReadAllTextAsync(TestAssets.TestData($"audio/{clip}.txt"));
            var regions = vad.DetectSpeech(samples)
                .Select(s => ((int)(s.Start * 16000), Math.Min(samples.Length, (int)(s.End * 16000))))
                .ToList();
            var whole = await engine.TranscribeAsync(samples, CancellationToken.None);
            var perRegion = await engine.DecodeRegionsAsync(samples, regions, CancellationToken.None);
            var count = WordErrorRate.Normalize(reference).Count;
            var wholeWer = WordErrorRate.Compute(reference, whole.Text);
            var regionWer = WordErrorRate.Compute(reference, perRegion.Text);
            output.WriteLine($"{clip}: whole {wholeWer:P1}, per VAD region {regionWer:P1} ({regions.Count} regions)");
            wholeErrors += wholeWer * count;
            regionErrors += regionWer * count;
            words += count;
        }

        // Assert
        output.WriteLine($"all: whole {wholeErrors / words:P1}, per VAD region {regionErrors / words:P1}");
        (wholeErrors / words).ShouldBeLessThan(regionErrors / words);
    }

    [Fact]
    public async Task Given_the_shared_clips_as_one_long_answer_When_decoding_in_answer_chunks_Then_accuracy_stays_close_to_30_second_decoding()
    {
        // Arrange: the clips joined into one answer of about 50 s with a 0.6 s pause between sentences, cut the way the
        // live interviewer cuts an answer to transcribe it ahead, against the 30 s utterances of whole-recording decoding.
        using var engine = new PocketSphinxSpeechToText();
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var pause = new float[(int)(0.6 * 16000)];
        var samples = SpeechAccuracyReport.Clips.SelectMany(c => SpeechTestAudio.Load(c).Concat(pause)).ToArray();
        var references = await Task.WhenAll(SpeechAccuracyReport.Clips.Select(c => File.ReadAllTextAsync(TestAssets.TestData($"audio/{c}.txt"))));
        var reference = string.Join(' ', references);
        var plan = UtteranceChunkPlan.Plan(vad.DetectSpeech(samples), samples.Length / 16000.0, complete: true);

        // Act
        var whole = await engine.TranscribeAsync(samples, CancellationToken.None);
        var chunks = await ChunkedTranscription.TranscribeAsync(engine, samples, plan, [], null, CancellationToken.None);

        // Assert
        var wholeWer = WordErrorRate.Compute(reference, whole.Text);
        var chunkWer = WordErrorRate.Compute(reference, ChunkedTranscription.Join(chunks, engine).Text);
        output.WriteLine($"{samples.Length / 16000.0:0} s: 30 s utterances {wholeWer:P1}, {plan.Count} answer chunks {chunkWer:P1}");
        plan.Count.ShouldBeGreaterThan(3);
        chunkWer.ShouldBeLessThan(wholeWer + 0.03);
    }

    [Fact]
    public async Task Given_the_shared_clips_When_running_the_accuracy_report_Then_the_word_weighted_wer_stays_at_the_measured_level()
    {
        // Act
        var rows = await SpeechAccuracyReport.RunPocketSphinxAsync(TestAssets.TestDataDir);

        // Assert
        var markdown = SpeechAccuracyReport.ToMarkdown(rows);
        output.WriteLine(markdown);
        rows.Count.ShouldBe(SpeechAccuracyReport.Clips.Count);
        var overall = rows.Sum(r => r.WordErrorRate * r.ReferenceWords) / rows.Sum(r => r.ReferenceWords);
        // Measured 25.2 % word-weighted over 115 reference words.
        overall.ShouldBeLessThan(0.27);
        rows.ShouldAllBe(r => r.RealTimeFactor > 0 && double.IsFinite(r.RealTimeFactor));
        markdown.ShouldContain("| **all** | pocketsphinx-en-us-5prealpha |");
    }

    [Fact]
    public void Given_a_missing_model_directory_When_checking_availability_Then_the_reason_names_the_missing_file()
    {
        // Arrange
        using var engine = new PocketSphinxSpeechToText("/nonexistent/en-us");

        // Act
        var available = engine.IsAvailable(out var reason);

        // Assert
        available.ShouldBeFalse();
        reason.ShouldContain("/nonexistent/en-us");
    }

    [Fact]
    public async Task Given_a_missing_model_directory_When_transcribing_Then_a_clear_error_is_thrown()
    {
        // Arrange
        using var engine = new PocketSphinxSpeechToText("/nonexistent/en-us");

        // Act
        var error = await Should.ThrowAsync<InvalidOperationException>(() => engine.TranscribeAsync(new float[16000], CancellationToken.None));

        // Assert
        error.Message.ShouldContain("pocketsphinx-en-us");
    }

    [Fact]
    public async Task Given_concurrent_calls_When_transcribing_Then_each_gets_the_same_result_as_alone()
    {
        // Arrange
        using var engine = new PocketSphinxSpeechToText();
        var samples = SpeechTestAudio.Load("B_speechbrain_spk1_snt5");
        var alone = await engine.TranscribeAsync(samples, CancellationToken.None);

        // Act
        var together = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => engine.TranscribeAsync(samples, CancellationToken.None)));

        // Assert
        together.ShouldAllBe(t => t.Text == alone.Text);
        alone.Text.ShouldContain("best part of the week");
    }

    [Fact]
    public void Given_a_long_recording_When_chunking_Then_chunks_cover_it_without_gaps_and_stay_under_30_seconds()
    {
        // Arrange: 75 s of tone with a silent gap at 25 s, where the first cut should land.
        var samples = new float[75 * 16000];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = i is >= 25 * 16000 and < (25 * 16000) + 3200 ? 0 : 0.3f * MathF.Sin(i * 0.1f);
        }

        // Act
        var chunks = PocketSphinxSpeechToText.ChunkBoundaries(samples);

        // Assert
        chunks[0].Start.ShouldBe(0);
        chunks[^1].End.ShouldBe(samples.Length);
        chunks.Zip(chunks.Skip(1)).ShouldAllBe(p => p.First.End == p.Second.Start);
        chunks.ShouldAllBe(c => c.End - c.Start <= 30 * 16000);
        chunks[0].End.ShouldBeInRange(25 * 16000, (25 * 16000) + 3200);
    }
}
