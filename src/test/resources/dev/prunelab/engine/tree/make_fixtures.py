#!/usr/bin/env python3
"""Records scikit-learn reference values for the tree tests (scikit-learn 1.2.1, Debian python3-sklearn).

Writes, next to this script:
- sklearn_ccp_path_<criterion>.jsonl: the output of ../shared/bench/sklearn_ccp_path.py verbatim
  (node count, leaves, depth, ccp_alphas, impurities per data set);
- sklearn_trees_<criterion>.json: the full fitted trees of DecisionTreeClassifier(criterion, random_state=0)
  on all rows (children, feature, threshold, impurity, n_node_samples, class counts per node), and
  under "<dataset>@<alpha>" the trees fitted with ccp_alpha=alpha plus their training accuracy.
Run: /usr/bin/python3 make_fixtures.py /work/shared/bench/sklearn_ccp_path.py
"""
import json, os, subprocess, sys
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
PRUNING_ALPHAS = (0.002, 0.005, 0.01, 0.02, 0.05, 0.2)
LOADERS = {"breast_cancer": load_breast_cancer, "wine": load_wine, "digits": load_digits, "iris": load_iris}

for criterion in ("gini", "entropy"):
    lines = subprocess.run([sys.executable, sys.argv[1], "--criterion", criterion, "--repeat", "3",
                            "breast_cancer", "wine", "digits", "iris"],
                           check=True, capture_output=True, text=True).stdout
    with open(os.path.join(HERE, f"sklearn_ccp_path_{criterion}.jsonl"), "w") as f:
        f.write(lines)
    trees = {}
    runs = [(name, None) for name in LOADERS] + [(name, alpha) for name in ("breast_cancer", "wine")
                                                 for alpha in PRUNING_ALPHAS]
    for name, alpha in runs:
        X, y = LOADERS[name](return_X_y=True)
        clf = DecisionTreeClassifier(criterion=criterion, random_state=0, ccp_alpha=alpha or 0.0).fit(X, y)
        t = clf.tree_
        trees[name if alpha is None else f"{name}@{alpha}"] = {
            "accuracy": clf.score(X, y), "left": t.children_left.tolist(), "right": t.children_right.tolist(),
            "feature": t.feature.tolist(), "threshold": t.threshold.tolist(),
            "impurity": t.impurity.tolist(), "samples": t.n_node_samples.tolist(),
            "counts": [[int(round(v)) for v in row[0]] for row in t.value]}
    with open(os.path.join(HERE, f"sklearn_trees_{criterion}.json"), "w") as f:
        json.dump(trees, f, separators=(",", ":"))
