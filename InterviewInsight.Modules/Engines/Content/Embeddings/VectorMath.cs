namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>Small vector helpers, in double precision so results do not depend on summation order quirks of float.</summary>
internal static class VectorMath
{
    /// <summary>Cosine similarity; 0 when either vector is all zeros (a sentence with no known word).</summary>
    public static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Vectors differ in length ({a.Length} vs {b.Length}).", nameof(b));
        }

        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            normA += a[i] * (double)a[i];
            normB += b[i] * (double)b[i];
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
