using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// Derives the GloVe vocabulary and float16 table from wink-embeddings' JSON in one forward pass with a streaming
/// <see cref="Utf8JsonReader"/>, stopping as soon as the requested rows are written. The JSON is
/// {"words": [...], "vectors": {"word": [d0..d99, l2norm, index], ...}} with the vectors' keys in the order of words.
/// Vocab: words[0..rows) each followed by "\n", UTF-8 without BOM. Vectors: the first <c>dimensions</c> numbers of
/// each of the first rows entries, each GetDouble() → (float) → (Half), little-endian, row-major (the order of the
/// casts matters: (Half)double gives other bytes).
/// </summary>
internal sealed class WinkGloveDeriver
{
    private readonly Stream? vocab;
    private readonly Stream? vectors;
    private readonly int rows;
    private readonly int dimensions;
    private readonly byte[] half = new byte[2];
    private int depth;
    private string? topProperty;
    private Section section;
    private int words;
    private int rowsDone;
    private int numbersInRow;

    private WinkGloveDeriver(Stream? vocab, Stream? vectors, int rows, int dimensions)
    {
        this.vocab = vocab;
        this.vectors = vectors;
        this.rows = rows;
        this.dimensions = dimensions;
    }

    private enum Section
    {
        None,
        Words,
        Vectors,
    }

    private bool Done => (vocab is null || words >= rows) && (vectors is null || rowsDone >= rows);

    /// <summary>Writes the vocabulary, the vectors, or both (a null output is not derived).</summary>
    public static async Task DeriveAsync(Stream json, Stream? vocab, Stream? vectors, int rows, int dimensions, CancellationToken ct)
    {
        var deriver = new WinkGloveDeriver(vocab, vectors, rows, dimensions);
        var buffer = new byte[1 << 16];
        var length = 0;
        var final = false;
        var state = new JsonReaderState();
        while (!deriver.Done)
        {
            if (!final)
            {
                var read = await json.ReadAsync(buffer.AsMemory(length), ct);
                final = read == 0;
                length += read;
            }

            var consumed = deriver.Process(buffer.AsSpan(0, length), final, ref state);
            if (deriver.Done || final)
            {
                break;
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // one token larger than the buffer
            }
        }

        if (!deriver.Done)
        {
            throw new InvalidDataException($"The JSON ends after {deriver.words} words and {deriver.rowsDone} vectors; {rows} of each are needed.");
        }
    }

    private int Process(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (!Done && reader.Read())
        {
            Handle(ref reader);
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private void Handle(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                depth++;
                if (depth == 2 && topProperty == "vectors")
                {
                    section = Section.Vectors;
                }

                break;
            case JsonTokenType.StartArray:
                depth++;
                if (depth == 2 && topProperty == "words")
                {
                    section = Section.Words;
                }
                else if (section == Section.Vectors && depth == 3)
                {
                    numbersInRow = 0;
                }

                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                EndContainer();
                depth--;
                break;
            case JsonTokenType.PropertyName when depth == 1:
                topProperty = reader.GetString();
                break;
            case JsonTokenType.String when section == Section.Words && depth == 2 && vocab is not null && words < rows:
                vocab.Write(Encoding.UTF8.GetBytes(reader.GetString() + "\n"));
                words++;
                break;
            case JsonTokenType.String when section == Section.Words && depth == 2:
                words++;
                break;
            case JsonTokenType.Number when section == Section.Vectors && depth == 3 && vectors is not null && rowsDone < rows && numbersInRow < dimensions:
                BinaryPrimitives.WriteHalfLittleEndian(half, (Half)(float)reader.GetDouble());
                vectors.Write(half);
                numbersInRow++;
                break;
            default:
                break;
        }
    }

    private void EndContainer()
    {
        if (section == Section.Words && depth == 2)
        {
            section = Section.None;
        }
        else if (section == Section.Vectors && depth == 2)
        {
            section = Section.None;
        }
        else if (section == Section.Vectors && depth == 3 && vectors is not null && rowsDone < rows)
        {
            if (numbersInRow < dimensions)
            {
                throw new InvalidDataException($"Vector row {rowsDone} has {numbersInRow} numbers; {dimensions} are needed.");
            }

            rowsDone++;
        }
    }
}
