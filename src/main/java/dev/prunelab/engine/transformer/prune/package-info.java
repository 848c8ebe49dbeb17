/**
 * Pruning a pretrained MiniLM's 36 linear layers (Q, K, V, O, FFN₁, FFN₂ of six blocks; never embeddings,
 * biases or LayerNorms), with the engine's pruning API underneath (masks beside weights, {@code Amount},
 * {@code PruningMethod.unstructured()} and {@code nOfM(2, 4)}).
 *
 * <ul>
 *   <li>{@link dev.prunelab.engine.transformer.prune.OneShotPruner}: magnitude (per layer or global), Wanda
 *       (score |W_ij|·‖X_j‖₂ within each output row) and SparseGPT (H = 2XᵀX in float64, λ = 0.01·mean
 *       diag, U = chol(H⁻¹) upper, blocks of 128 columns with lazy updates, mask chosen per block), each
 *       unstructured or 2:4, as a {@link dev.prunelab.engine.transformer.prune.OneShotSpec}. Counts are
 *       floor(s·n); ties go to the lower index.
 *   <li>Calibration is sequential by block, as both papers' code: statistics of a block's six layers come
 *       from one pass of the still-dense block over the calibration tokens propagated through the blocks
 *       already pruned.
 *   <li>{@link dev.prunelab.engine.transformer.prune.StructuredPruner}: attention heads and FFN neurons
 *       masked, then removed physically by {@code shrink} (same embeddings, smaller and faster model).
 *   <li>{@link dev.prunelab.engine.transformer.prune.Evaluation}: flashcard retrieval (recall@1, recall@5,
 *       MRR) and mean cosine to the dense embeddings; {@link dev.prunelab.engine.transformer.prune.ModelSize}
 *       parameter and byte counts with the embeddings apart;
 *       {@link dev.prunelab.engine.transformer.prune.SensitivityScan} one block part at a time.
 *   <li>Long runs report each layer to a {@link dev.prunelab.engine.transformer.prune.LayerProgress} and
 *       check a {@link dev.prunelab.engine.train.Cancellation} between layers.
 * </ul>
 */
package dev.prunelab.engine.transformer.prune;
