using InterviewInsight.Modules.Engines.Models.Tfjs;

namespace InterviewInsight.Tests.Engines.Models.Tfjs;

/// <summary>TensorFlow filter layouts moved into ONNX's.</summary>
public sealed class TensorLayoutTests
{
    [Fact]
    public void Given_hwio_conv_filters_When_permuting_to_oihw_Then_each_value_moves_to_its_output_channel()
    {
        // Arrange: [1,1,2,3] (kernel 1x1, 2 input channels, 3 outputs), value = input * 3 + output.
        float[] hwio = [0, 1, 2, 3, 4, 5];

        // Act
        var (values, dims) = TensorLayout.Permute(hwio, [1, 1, 2, 3], TensorLayout.ConvFilter);

        // Assert
        dims.ShouldBe([3L, 2, 1, 1]);
        values.ShouldBe([0, 3, 1, 4, 2, 5]);
    }

    [Fact]
    public void Given_depthwise_filters_When_permuting_Then_each_channel_gets_its_own_kernel()
    {
        // Arrange: [2,1,2,1] (kernel 2x1, 2 channels), value = row * 2 + channel.
        float[] hwcm = [0, 1, 2, 3];

        // Act
        var (values, dims) = TensorLayout.Permute(hwcm, [2, 1, 2, 1], TensorLayout.DepthwiseFilter);

        // Assert
        dims.ShouldBe([2L, 1, 2, 1]);
        values.ShouldBe([0, 2, 1, 3]);
    }
}
