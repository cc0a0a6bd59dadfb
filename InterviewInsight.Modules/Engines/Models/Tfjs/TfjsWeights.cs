using System.Buffers.Binary;
using System.Text.Json;

namespace InterviewInsight.Modules.Engines.Models.Tfjs;

/// <summary>
/// The weights of a tfjs model: a weights manifest (groups of {name, shape, dtype, quantization?}) over the
/// concatenated .bin shards, in manifest order. Float32 and int32 weights are read little-endian; uint8-quantised
/// weights are dequantised in float32, <c>(float)q * (float)scale + (float)min</c>, as tfjs does (float64 arithmetic
/// gives other bytes).
/// </summary>
internal sealed class TfjsWeights
{
    private readonly Dictionary<string, TfjsWeight> weights;

    private TfjsWeights(Dictionary<string, TfjsWeight> weights) => this.weights = weights;

    /// <summary>Every weight, in manifest order.</summary>
    public IEnumerable<TfjsWeight> All => weights.Values;

    /// <summary>The shard file names of a manifest (the "paths" of each group, in order).</summary>
    public static IReadOnlyList<string> ShardPaths(JsonElement manifest) =>
        [.. manifest.EnumerateArray().SelectMany(g => g.GetProperty("paths").EnumerateArray()).Select(p => p.GetString()!)];

    /// <summary>Reads the weights of <paramref name="manifest"/> (the weightsManifest array) out of the shards' bytes, concatenated.</summary>
    public static TfjsWeights Read(JsonElement manifest, ReadOnlySpan<byte> data)
    {
        var result = new Dictionary<string, TfjsWeight>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var spec in manifest.EnumerateArray().SelectMany(g => g.GetProperty("weights").EnumerateArray()))
        {
            var name = spec.GetProperty("name").GetString()!;
            int[] shape = [.. spec.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32())];
            var count = shape.Aggregate(1, (a, b) => a * b);
            var dtype = spec.GetProperty("dtype").GetString();
            var weight = new TfjsWeight(name, shape, new float[dtype == "float32" ? count : 0], new int[dtype == "int32" ? count : 0]);
            var quantized = spec.TryGetProperty("quantization", out var quantization);
            if (offset + (count * (quantized ? 1 : 4)) > data.Length)
            {
                throw new InvalidDataException($"{name} lies past the end of the weight shards ({data.Length} bytes).");
            }

            if (quantized)
            {
                if (quantization.GetProperty("dtype").GetString() != "uint8" || dtype != "float32")
                {
                    throw new InvalidDataException($"{name}: only uint8 quantisation of float32 weights is supported");
                }

                Dequantize(data.Slice(offset, count), (float)quantization.GetProperty("scale").GetDouble(), (float)quantization.GetProperty("min").GetDouble(), weight.Floats);
                offset += count;
            }
            else if (dtype == "float32")
            {
                for (var i = 0; i < count; i++)
                {
                    weight.Floats[i] = BinaryPrimitives.ReadSingleLittleEndian(data[(offset + (i * 4))..]);
                }

                offset += count * 4;
            }
            else if (dtype == "int32")
            {
                for (var i = 0; i < count; i++)
                {
                    weight.Ints[i] = BinaryPrimitives.ReadInt32LittleEndian(data[(offset + (i * 4))..]);
                }

                offset += count * 4;
            }
            else
            {
                throw new InvalidDataException($"{name}: dtype {dtype} is not supported");
            }

            result.Add(name, weight);
        }

        if (offset != data.Length)
        {
            throw new InvalidDataException($"The weights manifest describes {offset} bytes; the shards hold {data.Length}.");
        }

        return new TfjsWeights(result);
    }

    /// <summary>uint8 → float32: q * scale + min, each step in float32.</summary>
    public static void Dequantize(ReadOnlySpan<byte> quantized, float scale, float min, Span<float> values)
    {
        for (var i = 0; i < quantized.Length; i++)
        {
            values[i] = ((float)quantized[i] * scale) + min;
        }
    }

    public TfjsWeight this[string name] =>
        weights.TryGetValue(name, out var weight) ? weight : throw new InvalidDataException($"{name} is not in the weights manifest");
}

/// <summary>One weight: float32 values (Floats) or int32 values (Ints), row-major in its tfjs shape.</summary>
internal sealed record TfjsWeight(string Name, int[] Shape, float[] Floats, int[] Ints);
