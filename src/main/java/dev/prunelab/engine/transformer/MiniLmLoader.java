package dev.prunelab.engine.transformer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link MiniLm} from the sentence-transformers all-MiniLM-L6-v2 ONNX export (Hugging Face BERT
 * initializer names). Its MatMul weights are anonymous ({@code onnx::MatMul_787}) and stored (in, out):
 * each is named after the bias of the {@code Add} node that consumes its product, and transposed into
 * PyTorch's (out, in) layout as it arrives, so no raw copy of it outlives its own read.
 */
final class MiniLmLoader implements OnnxFile.Listener {

    private static final String[] ROLE_NAMES = {
        "attention.self.query",
        "attention.self.key",
        "attention.self.value",
        "attention.output.dense",
        "intermediate.dense",
        "output.dense"
    };

    private final Map<String, String> matMulOutputOfWeight = new HashMap<>();
    private final Map<String, String> biasOfMatMulOutput = new HashMap<>();
    private final Map<String, float[]> plain = new HashMap<>();
    private final Map<String, Linear> linears = new HashMap<>();
    private final List<OnnxFile.Tensor> unnamed = new ArrayList<>();

    private MiniLmLoader() {}

    /**
     * @param onnx the model file's bytes, as a stream (not closed here)
     * @throws IOException when the stream fails or the file is not this model
     */
    static MiniLm load(InputStream onnx) throws IOException {
        MiniLmLoader loader = new MiniLmLoader();
        OnnxFile.read(onnx, loader);
        return loader.build();
    }

    @Override
    public void node(OnnxFile.Node node) {
        if (node.opType().equals("MatMul") && node.inputs().size() == 2) {
            matMulOutputOfWeight.put(node.inputs().get(1), node.outputs().get(0));
        } else if (node.opType().equals("Add") && node.inputs().size() == 2) {
            biasOfMatMulOutput.put(node.inputs().get(1), node.inputs().get(0));
            biasOfMatMulOutput.put(node.inputs().get(0), node.inputs().get(1));
        }
    }

    @Override
    public void tensor(OnnxFile.Tensor tensor) {
        String product = matMulOutputOfWeight.get(tensor.name());
        if (product == null) {
            plain.put(tensor.name(), tensor.values());
            return;
        }
        String bias = biasOfMatMulOutput.get(product);
        if (bias == null || !bias.endsWith(".bias") || tensor.dims().length != 2) {
            unnamed.add(tensor);
            return;
        }
        String layer = bias.substring(0, bias.length() - ".bias".length());
        int inputs = (int) tensor.dims()[0];
        int outputs = (int) tensor.dims()[1];
        Linear linear = new Linear(layer, outputs, inputs);
        float[] stored = tensor.values();
        float[] weight = linear.weight().value();
        for (int i = 0; i < inputs; i++) {
            for (int o = 0; o < outputs; o++) {
                weight[o * inputs + i] = stored[i * outputs + o];
            }
        }
        linears.put(layer, linear);
    }

    private MiniLm build() throws IOException {
        if (!unnamed.isEmpty()) {
            throw new IOException("MatMul weight " + unnamed.get(0).name() + " is not followed by a bias Add");
        }
        List<EncoderBlock> blocks = new ArrayList<>();
        for (int b = 0; linears.containsKey("encoder.layer." + b + "." + ROLE_NAMES[0]); b++) {
            String prefix = "encoder.layer." + b + ".";
            Linear[] roles = new Linear[ROLE_NAMES.length];
            for (int r = 0; r < ROLE_NAMES.length; r++) {
                Linear linear = linears.get(prefix + ROLE_NAMES[r]);
                if (linear == null) {
                    throw new IOException("model has no weight for " + prefix + ROLE_NAMES[r]);
                }
                float[] bias = required(prefix + ROLE_NAMES[r] + ".bias", linear.outputs());
                System.arraycopy(bias, 0, linear.bias(), 0, bias.length);
                roles[r] = linear;
            }
            float[][] norms = {
                required(prefix + "attention.output.LayerNorm.weight", MiniLm.HIDDEN),
                required(prefix + "attention.output.LayerNorm.bias", MiniLm.HIDDEN),
                required(prefix + "output.LayerNorm.weight", MiniLm.HIDDEN),
                required(prefix + "output.LayerNorm.bias", MiniLm.HIDDEN)
            };
            blocks.add(new EncoderBlock(roles[0].outputs() / EncoderBlock.HEAD_DIM, roles, norms));
        }
        if (blocks.isEmpty()) {
            throw new IOException("model has no encoder.layer.0 weights: not a BERT ONNX export");
        }
        float[] words = plain.get("embeddings.word_embeddings.weight");
        if (words == null || words.length % MiniLm.HIDDEN != 0) {
            throw new IOException("model must have word embeddings of width " + MiniLm.HIDDEN);
        }
        float[] positions = plain.get("embeddings.position_embeddings.weight");
        if (positions == null || positions.length % MiniLm.HIDDEN != 0) {
            throw new IOException("model must have position embeddings of width " + MiniLm.HIDDEN);
        }
        float[] tokenTypes = plain.get("embeddings.token_type_embeddings.weight");
        if (tokenTypes == null || tokenTypes.length < MiniLm.HIDDEN) {
            throw new IOException("model must have token type embeddings of width " + MiniLm.HIDDEN);
        }
        Embeddings embeddings = new Embeddings(
                words,
                positions,
                tokenTypes,
                required("embeddings.LayerNorm.weight", MiniLm.HIDDEN),
                required("embeddings.LayerNorm.bias", MiniLm.HIDDEN));
        return new MiniLm(embeddings, blocks);
    }

    private float[] required(String name, int length) throws IOException {
        float[] values = plain.get(name);
        if (values == null || values.length != length) {
            throw new IOException("model must have " + name + " of length " + length);
        }
        return values;
    }
}
