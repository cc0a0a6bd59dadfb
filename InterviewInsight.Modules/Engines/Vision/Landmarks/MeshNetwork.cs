using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// The one forward pass both MediaPipe face meshes (Landmarker v2 and FaceMesh v1) make: a flat x,y,z mesh output and a
/// face-presence logit, fetched by name. An OpenCV Net is not thread-safe, hence the caller's lock.
/// </summary>
internal static class MeshNetwork
{
    public static (float[] Mesh, float PresenceLogit) Forward(Net net, Lock gate, Mat blob, string[] outputNames)
    {
        lock (gate)
        {
            net.SetInput(blob);
            var outputs = outputNames.Select(_ => new Mat()).ToArray();
            try
            {
                net.Forward(outputs, outputNames);
                outputs[0].Reshape(1, 1).GetArray(out float[] mesh);
                return (mesh, outputs[1].Reshape(1, 1).At<float>(0, 0));
            }
            finally
            {
                foreach (var output in outputs)
                {
                    output.Dispose();
                }
            }
        }
    }
}
