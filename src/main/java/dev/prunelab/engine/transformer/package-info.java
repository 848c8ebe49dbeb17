/**
 * A real pretrained transformer in the engine: sentence-transformers' all-MiniLM-L6-v2, read from its ONNX
 * file and run on the engine's own kernels (no ONNX Runtime).
 *
 * <ul>
 *   <li>{@link dev.prunelab.engine.transformer.SentenceEncoder}: the public entry point, texts to
 *       normalised 384-d vectors on the calling thread; {@code load()} reads the model once per process.
 *   <li>{@link dev.prunelab.engine.transformer.WordPieceTokenizer}: BERT uncased WordPiece exactly as
 *       Hugging Face {@code tokenizers} runs the model's {@code tokenizer.json} (normaliser rules in
 *       {@code BertText}).
 *   <li>{@link dev.prunelab.engine.transformer.MiniLm}: embeddings + LayerNorm, six
 *       {@link dev.prunelab.engine.transformer.EncoderBlock}s (12 heads of 32 with the padding mask, GELU(erf)
 *       FFN, post-LayerNorm with ε = 1e-12), mean pooling over real tokens, L2 normalisation. Weights are
 *       engine {@link dev.prunelab.engine.nn.Parameter}s in PyTorch's (out, in) layout, so the engine's
 *       pruning masks apply to them.
 *   <li>{@code OnnxFile} + {@code MiniLmLoader}: a streaming reader of the ONNX protobuf subset (initializers
 *       and nodes); the anonymous MatMul weights are named by the bias of the Add that follows them.
 *   <li>{@link dev.prunelab.engine.transformer.BlockInputs}: calibration text advanced block by block, for
 *       the methods in {@code transformer.prune}.
 * </ul>
 *
 * Parity: token ids equal the reference tokenizer's on 274 texts, embeddings equal ONNX Runtime's with
 * cosine ≥ 0.9999 (tests {@code WordPieceTokenizerTest}, {@code OnnxRuntimeParityTest}). The measured
 * figures are in {@code src/site/markdown/minilm.md}.
 */
package dev.prunelab.engine.transformer;
