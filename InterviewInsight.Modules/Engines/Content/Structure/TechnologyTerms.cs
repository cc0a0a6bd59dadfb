namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>Tools, technologies and methods commonly named in interview answers (lower case; matched as whole tokens).</summary>
internal static class TechnologyTerms
{
    public static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "sql", "nosql", "python", "java", "javascript", "typescript", "c#", "c++", "golang", "rust", "kotlin", "swift", "ruby",
        "php", "scala", "r", "matlab", "excel", "sheets", "powerpoint", "tableau", "looker", "powerbi", "jira", "confluence",
        "trello", "asana", "notion", "slack", "teams", "zoom", "git", "github", "gitlab", "bitbucket", "docker", "kubernetes",
        "k8s", "terraform", "ansible", "jenkins", "aws", "azure", "gcp", "s3", "ec2", "lambda", "linux", "windows", "macos",
        "react", "angular", "vue", "node", "node.js", "django", "flask", "spring", "dotnet", ".net", "blazor", "graphql",
        "rest", "api", "apis", "kafka", "spark", "hadoop", "airflow", "snowflake", "databricks", "postgres", "postgresql",
        "mysql", "oracle", "mongodb", "redis", "elasticsearch", "salesforce", "hubspot", "sap", "figma", "sketch",
        "photoshop", "wordpress", "shopify", "stripe", "pandas", "numpy", "tensorflow", "pytorch", "scikit", "llm", "ml",
        "ai", "ci", "cd", "devops", "scrum", "kanban", "agile", "okr", "okrs", "kpi", "kpis", "sla", "slas", "crm", "erp",
        "seo", "a/b", "html", "css", "ios", "android", "unity", "grafana", "prometheus", "datadog", "splunk", "sentry",
        "openai", "chatgpt", "copilot", "selenium", "cypress", "playwright", "xunit", "junit", "pytest", "hangfire",
    };

    /// <summary>Capitalised words that are ordinary (calendar, pronoun, language) and so not a named tool or product.</summary>
    public static readonly HashSet<string> CommonCapitalised = new(StringComparer.Ordinal)
    {
        "i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "english", "mr", "mrs", "ms", "dr", "so", "and", "but", "the", "a", "then", "yes", "no",
        "well", "um", "uh", "god", "internet",
    };
}
