namespace InterviewInsight.Modules.Shared.Settings.Data;

internal sealed class InstanceSetting
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTime ChangedAt { get; set; }
}
