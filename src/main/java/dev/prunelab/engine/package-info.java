/**
 * The pruning engine: a framework-free Java library for data sets, small neural networks, training,
 * pruning (masks beside weights, modelled on torch.nn.utils.prune), CART decision trees with minimal
 * cost-complexity pruning (scikit-learn's definitions), metrics and benchmarks.
 *
 * <p>Only the JDK and plain math libraries may be used here: no Quarkus, Jakarta or Hibernate types
 * ({@code EngineIsFrameworkFreeTest} enforces it), so the engine runs the same inside the web app and
 * from the benchmark command.
 */
package dev.prunelab.engine;
