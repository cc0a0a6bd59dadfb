using System.Collections.Concurrent;
using InterviewInsight.Modules.Engines.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions) run with ONNX Runtime on one thread:
/// BERT word pieces (lower-case, at most <see cref="MaxTokens"/> tokens with [CLS] and [SEP]), the model's last hidden
/// state mean-pooled over the attention mask, then L2-normalised. A longer text is not truncated (that would drop the end
/// of a long answer, often its result): it is cut into runs of whole sentences that fit, each run is embedded, and the
/// unit vectors are averaged weighted by their word-piece counts and normalised again. Each text is run on its own, so
/// a vector never depends on the other texts of a call. The session and the tokeniser are thread-safe and loaded once
/// per models folder per process (the analysis and the live interviewer share them); the cache is keyed by the
/// folder's full path, so two folders in one process each get their own model.
/// </summary>
internal sealed class MiniLmEmbedder : IEmbedder
{
    public const string EngineName = "all-MiniLM-L6-v2";

    /// <summary>Model and vocabulary, relative to the models folder (models/models.json).</summary>
    public static readonly IReadOnlyList<string> Files = ["text/minilm/all-MiniLM-L6-v2.onnx", "text/minilm/vocab.txt"];

    /// <summary>sentence-transformers' max_seq_length for this model (it was trained on no more), special tokens included.</summary>
    public const int MaxTokens = 256;

    /// <summary>Word pieces one model run takes besides [CLS] and [SEP].</summary>
    public const int MaxPieces = MaxTokens - 2;

    private static readonly ConcurrentDictionary<string, Lazy<Model>> Models = new(StringComparer.Ordinal);

    private readonly Lazy<Model> model;

    /// <param name="modelsPath">Folder holding <see cref="Files"/> (Models:Path).</param>
    public MiniLmEmbedder(string modelsPath)
    {
        var key = Path.GetFullPath(modelsPath);
        model = Models.GetOrAdd(key, path => new Lazy<Model>(() => Model.Load(path), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    public string Engine => EngineName;

    /// <summary>The files of <see cref="Files"/> missing under <paramref name="modelsPath"/>, as full paths; empty when installed.</summary>
    public static IReadOnlyList<string> MissingFiles(string modelsPath) =>
        [.. Files.Select(f => Path.Combine(Path.GetFullPath(modelsPath), f)).Where(f => !File.Exists(f))];

    /// <summary>Loads the model now (it is otherwise loaded on first use) so a broken file is reported at start-up.</summary>
    public void EnsureLoaded() => _ = model.Value;

    /// <summary>Drops a failed load of this folder's model, so a repaired file is loaded by the next embedder made for it.</summary>
    public static void Forget(string modelsPath) => Models.TryRemove(Path.GetFullPath(modelsPath), out _);

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken ct)
    {
        var vectors = new float[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            vectors[i] = Embed(sentences[i]);
        }

        return Task.FromResult(vectors);
    }

    /// <summary>One text's unit-length vector (synchronous: a short text takes a few milliseconds).</summary>
    public float[] Embed(string text) => model.Value.Embed(text);

    /// <summary>Cosine similarity of two texts (their vectors are unit length, so this is their dot product).</summary>
    public double Similarity(string first, string second) => VectorMath.Cosine(Embed(first), Embed(second));

    private sealed class Model(InferenceSession session, BertTokenizer tokenizer, string output)
    {
        public static Model Load(string modelsPath)
        {
            var missing = MissingFiles(modelsPath);
            if (missing.Count > 0)
            {
                throw new FileNotFoundException($"MiniLM is not installed: missing {string.Join(", ", missing)} (run `models install`).", missing[0]);
            }

            var tokenizer = BertTokenizer.Create(Path.Combine(modelsPath, Files[1]), new BertOptions { LowerCaseBeforeTokenization = true });
            var session = OnnxSessionFactory.Create(Path.Combine(modelsPath, Files[0]));
            var output = session.OutputMetadata.ContainsKey("last_hidden_state") ? "last_hidden_state" : session.OutputMetadata.Keys.First();
            return new Model(session, tokenizer, output);
        }

        /// <summary>
        /// One run when the text fits; otherwise runs of whole sentences (<see cref="SentenceSplitter.SplitText"/>) packed
        /// up to <see cref="MaxPieces"/>, pooled by word-piece count. A single sentence longer than a run is truncated.
        /// </summary>
        public float[] Embed(string text)
        {
            var pieces = tokenizer.EncodeToIds(text, addSpecialTokens: false);
            if (pieces.Count <= MaxPieces)
            {
                return Run(pieces);
            }

            double[]? pooled = null;
            foreach (var chunk in Chunks(text))
            {
                var vector = Run(chunk);
                pooled ??= new double[vector.Length];
                for (var d = 0; d < vector.Length; d++)
                {
                    pooled[d] += chunk.Count * (double)vector[d];
                }
            }

            return Normalise(pooled!);
        }

        /// <summary>Consecutive sentences packed greedily into lists of at most <see cref="MaxPieces"/> word pieces.</summary>
        private List<IReadOnlyList<int>> Chunks(string text)
        {
            var chunks = new List<IReadOnlyList<int>>();
            var current = new List<int>();
            foreach (var sentence in SentenceSplitter.SplitText(text))
            {
                var pieces = tokenizer.EncodeToIds(sentence, MaxPieces, addSpecialTokens: false, out _, out _);
                if (current.Count + pieces.Count > MaxPieces && current.Count > 0)
                {
                    chunks.Add(current);
                    current = [];
                }

                current.AddRange(pieces);
            }

            if (current.Count > 0)
            {
                chunks.Add(current);
            }

            return chunks;
        }

        /// <summary>One model run over [CLS] pieces [SEP]; at most <see cref="MaxPieces"/> pieces.</summary>
        private float[] Run(IReadOnlyList<int> pieces)
        {
            var length = pieces.Count + 2;
            var ids = new long[length];
            ids[0] = tokenizer.ClassificationTokenId;
            for (var i = 0; i < pieces.Count; i++)
            {
                ids[i + 1] = pieces[i];
            }

            ids[^1] = tokenizer.SeparatorTokenId;
            var shape = new[] { 1, length };
            var inputs = new List<NamedOnnxValue>(3);
            foreach (var name in session.InputMetadata.Keys)
            {
                var values = name switch
                {
                    "input_ids" => ids,
                    "attention_mask" => Enumerable.Repeat(1L, length).ToArray(),
                    "token_type_ids" => new long[length],
                    _ => throw new InvalidDataException($"MiniLM model has an unexpected input '{name}'."),
                };
                inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<long>(values, shape)));
            }

            using var results = session.Run(inputs, [output]);
            var hidden = results[0].AsTensor<float>();
            var dimensions = hidden.Dimensions[2];

            // Mean pooling over the attention mask: every token of a single unpadded text counts.
            var pooled = new double[dimensions];
            for (var t = 0; t < length; t++)
            {
                for (var d = 0; d < dimensions; d++)
                {
                    pooled[d] += hidden[0, t, d];
                }
            }

            return Normalise(pooled);
        }

        private static float[] Normalise(double[] vector)
        {
            var norm = Math.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => norm == 0 ? 0f : (float)(v / norm))];
        }
    }
}
