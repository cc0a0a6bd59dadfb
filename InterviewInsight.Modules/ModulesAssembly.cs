namespace InterviewInsight.Modules;

/// <summary>Marker type: lets the host and tests find the modules assembly (routing, architecture tests).</summary>
public sealed class ModulesAssembly;
