namespace InterviewInsight.Modules.Engines.Models.Tfjs;

/// <summary>Moves tfjs weights (TensorFlow layouts) into ONNX layouts.</summary>
internal static class TensorLayout
{
    /// <summary>Conv2D filters HWIO → ONNX Conv OIHW (perm 3,2,0,1).</summary>
    public static readonly int[] ConvFilter = [3, 2, 0, 1];

    /// <summary>Depthwise filters [H,W,C,1] → [C,1,H,W] for a Conv with group C (perm 2,3,0,1).</summary>
    public static readonly int[] DepthwiseFilter = [2, 3, 0, 1];

    /// <summary>Row-major transpose: output axis i is input axis perm[i]. Returns the values and the new dims.</summary>
    public static (float[] Values, long[] Dims) Permute(float[] values, int[] shape, int[] perm)
    {
        var rank = shape.Length;
        var dims = perm.Select(p => shape[p]).ToArray();
        var inStrides = Strides(shape);
        var result = new float[values.Length];
        var index = new int[rank];
        for (var o = 0; o < result.Length; o++)
        {
            var source = 0;
            for (var i = 0; i < rank; i++)
            {
                source += index[i] * inStrides[perm[i]];
            }

            result[o] = values[source];
            for (var i = rank - 1; i >= 0; i--)
            {
                if (++index[i] < dims[i])
                {
                    break;
                }

                index[i] = 0;
            }
        }

        return (result, [.. dims.Select(d => (long)d)]);
    }

    private static int[] Strides(int[] shape)
    {
        var strides = new int[shape.Length];
        var stride = 1;
        for (var i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }

        return strides;
    }
}
