using System.Collections.Concurrent;

namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>
/// Maps stored event names to types. Names are the type's simple name so stored messages survive namespace moves.
/// </summary>
internal static class EventTypeRegistry
{
    private static readonly ConcurrentDictionary<string, Type> Types = new(StringComparer.Ordinal);

    public static string NameOf(Type type)
    {
        Types.TryAdd(type.Name, type);
        return type.Name;
    }

    public static Type? Find(string name)
    {
        if (Types.TryGetValue(name, out var type))
        {
            return type;
        }

        // A worker may read a message before any code in this process raised that event type.
        type = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.FullName?.StartsWith("InterviewInsight", StringComparison.Ordinal) == true)
            .SelectMany(SafeTypes)
            .FirstOrDefault(t => t.Name == name && typeof(IIntegrationEvent).IsAssignableFrom(t));
        if (type is not null)
        {
            Types.TryAdd(name, type);
        }

        return type;
    }

    private static IEnumerable<Type> SafeTypes(System.Reflection.Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (System.Reflection.ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
