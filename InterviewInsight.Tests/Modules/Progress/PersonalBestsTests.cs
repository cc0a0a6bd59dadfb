using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Tests.Modules.Progress;

public sealed class PersonalBestsTests
{
    [Fact]
    public void Given_three_sessions_When_bests_are_found_Then_each_measure_takes_its_own_direction()
    {
        // Arrange
        ProgressSession[] sessions =
        [
            Session(1, overall: 60, wpm: 190, fillers: 2.0, eyeContact: 0.4, longPauses: 3),
            Session(2, overall: 75, wpm: 150, fillers: 6.0, eyeContact: null, longPauses: 0),
            Session(3, overall: 70, wpm: 110, fillers: 1.5, eyeContact: 0.7, longPauses: 1),
        ];

        // Act
        var bests = PersonalBests.Find(sessions);

        // Assert
        bests["overall"].ShouldBe(new PersonalBest(75, Id(2)));
        bests["fillersPerMinute"].ShouldBe(new PersonalBest(1.5, Id(3)));
        bests["longPauses"].ShouldBe(new PersonalBest(0, Id(2)));
        bests["eyeContactRatio"].ShouldBe(new PersonalBest(0.7, Id(3)));
        bests["wordsPerMinute"].ShouldBe(new PersonalBest(150, Id(2)));
        bests.ShouldNotContainKey("presence");
    }

    [Fact]
    public void Given_no_sessions_When_bests_are_found_Then_none()
    {
        PersonalBests.Find([]).ShouldBeEmpty();
    }

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static ProgressSession Session(int n, double overall, double wpm, double fillers, double? eyeContact, int longPauses) => new(
        Id(n), $"Session {n}", new DateTime(2026, 12, n, 9, 0, 0, DateTimeKind.Utc), true, [],
        new ProgressScores(overall, null, null, null),
        new ProgressMeasures(wpm, fillers, eyeContact, longPauses, null, null), []);
}
