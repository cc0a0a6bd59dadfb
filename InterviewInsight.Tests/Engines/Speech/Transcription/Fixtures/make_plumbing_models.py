#!/usr/bin/python3
"""Builds three tiny ONNX graphs with the I/O names and layouts of the Optimum / transformers.js Whisper export,
to test OUR ONNX Runtime plumbing (tensor layouts, the empty past on the first step, use_cache_branch, carrying the
KV cache between steps). They contain no learned weights and transcribe nothing.

The decoder "logits" are one number repeated over the vocabulary: the sum of every token id seen so far (from the
self-attention cache) plus the mean of the encoder states (from the cross-attention cache). A step that loses or
duplicates cache entries, or recomputes the cross-attention cache wrongly, returns a different number.

Usage (Debian python3-onnx): /usr/bin/python3 make_plumbing_models.py <output folder>
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

LAYERS, HEADS, HEAD_DIM, D_MODEL, VOCAB = 2, 2, 4, 8, 51864
OPSET = [helper.make_opsetid("", 17)]


def const(name, array):
    return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(np.asarray(array), name))


def encoder():
    w = np.arange(80 * D_MODEL, dtype=np.float32).reshape(80, D_MODEL) / 1000.0
    nodes = [
        const("starts", np.array([0], np.int64)), const("ends", np.array([1500], np.int64)), const("axes", np.array([2], np.int64)),
        helper.make_node("Slice", ["input_features", "starts", "ends", "axes"], ["sliced"]),
        helper.make_node("Transpose", ["sliced"], ["frames"], perm=[0, 2, 1]),
        const("w", w),
        helper.make_node("MatMul", ["frames", "w"], ["last_hidden_state"]),
    ]
    graph = helper.make_graph(
        nodes, "encoder",
        [helper.make_tensor_value_info("input_features", TensorProto.FLOAT, ["batch_size", 80, 3000])],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch_size", 1500, D_MODEL])])
    return helper.make_model(graph, opset_imports=OPSET)


def kv_shape(b, s):
    return helper.make_tensor_value_info(b, TensorProto.FLOAT, ["batch_size", HEADS, s, HEAD_DIM])


def embed_nodes(prefix):
    # ids [b, seq] -> float [b, HEADS, seq, HEAD_DIM] filled with the id
    return [
        helper.make_node("Cast", ["input_ids"], [prefix + "ids_f"], to=TensorProto.FLOAT),
        const(prefix + "ax", np.array([1, 3], np.int64)),
        helper.make_node("Unsqueeze", [prefix + "ids_f", prefix + "ax"], [prefix + "ids_4d"]),
        helper.make_node("Shape", ["input_ids"], [prefix + "ids_shape"]),
        const(prefix + "i0", np.array([0], np.int64)), const(prefix + "i1", np.array([1], np.int64)),
        const(prefix + "i2", np.array([2], np.int64)),
        helper.make_node("Slice", [prefix + "ids_shape", prefix + "i0", prefix + "i1"], [prefix + "b"]),
        helper.make_node("Slice", [prefix + "ids_shape", prefix + "i1", prefix + "i2"], [prefix + "s"]),
        const(prefix + "h", np.array([HEADS], np.int64)), const(prefix + "d", np.array([HEAD_DIM], np.int64)),
        helper.make_node("Concat", [prefix + "b", prefix + "h", prefix + "s", prefix + "d"], [prefix + "kv_shape"], axis=0),
        helper.make_node("Expand", [prefix + "ids_4d", prefix + "kv_shape"], [prefix + "new_kv"]),
    ]


def cross_kv_nodes(prefix):
    # encoder_hidden_states [b, 1500, D] -> [b, HEADS, 1, HEAD_DIM] filled with its mean
    return [
        helper.make_node("ReduceMean", ["encoder_hidden_states"], [prefix + "mean3"], keepdims=1),
        const(prefix + "ax0", np.array([3], np.int64)),
        helper.make_node("Unsqueeze", [prefix + "mean3", prefix + "ax0"], [prefix + "mean4"]),
        const(prefix + "cshape", np.array([1, HEADS, 1, HEAD_DIM], np.int64)),
        helper.make_node("Expand", [prefix + "mean4", prefix + "cshape"], [prefix + "cross"]),
    ]


def logits_nodes(prefix, self_kvs, cross_kvs, output="logits"):
    # logits [b, seq, VOCAB] = mean over caches of (sum of the self-attention cache = sum of the ids so far)
    #                         + mean over caches of (mean of the cross-attention cache = mean of the encoder states)
    nodes = [const(prefix + "per", np.array(HEADS * HEAD_DIM * len(self_kvs), np.float32))]
    for i, kv in enumerate(self_kvs + cross_kvs):
        nodes.append(helper.make_node("ReduceSum", [kv], [f"{prefix}sum{i}"], keepdims=0))
    nodes.append(helper.make_node("Sum", [f"{prefix}sum{i}" for i in range(len(self_kvs) + len(cross_kvs))], [prefix + "total"]))
    nodes += [
        helper.make_node("Div", [prefix + "total", prefix + "per"], [prefix + "value"]),
        helper.make_node("Shape", ["input_ids"], [prefix + "lshape2"]),
        const(prefix + "v", np.array([VOCAB], np.int64)),
        helper.make_node("Concat", [prefix + "lshape2", prefix + "v"], [prefix + "lshape"], axis=0),
        helper.make_node("Expand", [prefix + "value", prefix + "lshape"], [output]),
    ]
    return nodes


def names():
    for layer in range(LAYERS):
        for part in ("decoder", "encoder"):
            for kind in ("key", "value"):
                yield f"{layer}.{part}.{kind}"


def plain_decoder():
    nodes = embed_nodes("e_") + cross_kv_nodes("c_")
    nodes += logits_nodes("l_", ["e_new_kv"] * LAYERS, ["c_cross"] * LAYERS)
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch_size", "decoder_sequence_length", VOCAB])]
    for n in names():
        nodes.append(helper.make_node("Identity", ["e_new_kv" if ".decoder." in n else "c_cross"], ["present." + n]))
        outputs.append(kv_shape("present." + n, "present_sequence_length"))
    graph = helper.make_graph(
        nodes, "decoder",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "decoder_sequence_length"]),
         helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT, ["batch_size", 1500, D_MODEL])],
        outputs)
    return helper.make_model(graph, opset_imports=OPSET)


def merged_decoder():
    def branch(use_cache):
        p = "y_" if use_cache else "n_"
        nodes = embed_nodes(p)
        if not use_cache:
            nodes += cross_kv_nodes(p)
        sources = {}
        for n in names():
            if ".decoder." in n:
                if use_cache:
                    nodes.append(helper.make_node("Concat", ["past_key_values." + n, p + "new_kv"], [p + "self_" + n], axis=2))
                    sources[n] = p + "self_" + n
                else:
                    sources[n] = p + "new_kv"
            else:
                sources[n] = ("past_key_values." + n) if use_cache else p + "cross"
        self_kvs = [sources[n] for n in names() if ".decoder." in n]
        cross_kvs = [sources[n] for n in names() if ".encoder." in n]
        nodes += logits_nodes(p, self_kvs, cross_kvs, output=p + "logits")
        outs = [helper.make_tensor_value_info(p + "logits", TensorProto.FLOAT, None)]
        for n in names():
            nodes.append(helper.make_node("Identity", [sources[n]], [p + "out_" + n]))
            outs.append(helper.make_tensor_value_info(p + "out_" + n, TensorProto.FLOAT, None))
        return helper.make_graph(nodes, p + "branch", [], outs)

    all_outputs = ["logits"] + ["present." + n for n in names()]
    nodes = [helper.make_node("Squeeze", ["use_cache_branch"], ["use_cache"]),
             helper.make_node("If", ["use_cache"], all_outputs, then_branch=branch(True), else_branch=branch(False))]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "decoder_sequence_length"]),
              helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT, ["batch_size", 1500, D_MODEL])]
    inputs += [kv_shape("past_key_values." + n, "past_sequence_length") for n in names()]
    inputs.append(helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]))
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch_size", "decoder_sequence_length", VOCAB])]
    outputs += [kv_shape("present." + n, "present_sequence_length") for n in names()]
    return helper.make_model(helper.make_graph(nodes, "merged_decoder", inputs, outputs), opset_imports=OPSET)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, model in (("encoder_model_quantized.onnx", encoder()),
                        ("decoder_model_quantized.onnx", plain_decoder()),
                        ("decoder_model_merged_quantized.onnx", merged_decoder())):
        model.ir_version = 8
        onnx.checker.check_model(model)
        onnx.save(model, os.path.join(out, name))


if __name__ == "__main__":
    main()
