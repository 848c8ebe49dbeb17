#!/usr/bin/env python3
"""Records scikit-learn reference values for the tree tests (scikit-learn 1.2.1, Debian python3-sklearn).

Writes, next to this script:
- sklearn_ccp_path_<criterion>.jsonl: the output of ../shared/bench/sklearn_ccp_path.py verbatim
  (node count, leaves, depth, ccp_alphas, impurities per data set);
- sklearn_trees_<criterion>.json: the full fitted trees of DecisionTreeClassifier(criterion, random_state=0)
  on all rows (children, feature, threshold, impurity, n_node_samples, class counts per node).
Run: /usr/bin/python3 make_fixtures.py /work/shared/bench/sklearn_ccp_path.py
"""
import json, os, subprocess, sys
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
LOADERS = {"breast_cancer": load_breast_cancer, "wine": load_wine, "digits": load_digits, "iris": load_iris}

for criterion in ("gini", "entropy"):
    lines = subprocess.run([sys.executable, sys.argv[1], "--criterion", criterion, "--repeat", "3",
                            "breast_cancer", "wine", "digits", "iris"],
                           check=True, capture_output=True, text=True).stdout
    with open(os.path.join(HERE, f"sklearn_ccp_path_{criterion}.jsonl"), "w") as f:
        f.write(lines)
    trees = {}
    for name, load in LOADERS.items():
        X, y = load(return_X_y=True)
        t = DecisionTreeClassifier(criterion=criterion, random_state=0).fit(X, y).tree_
        trees[name] = {"left": t.children_left.tolist(), "right": t.children_right.tolist(),
                       "feature": t.feature.tolist(), "threshold": t.threshold.tolist(),
                       "impurity": t.impurity.tolist(), "samples": t.n_node_samples.tolist(),
                       "counts": [[int(round(v)) for v in row[0]] for row in t.value]}
    with open(os.path.join(HERE, f"sklearn_trees_{criterion}.json"), "w") as f:
        json.dump(trees, f, separators=(",", ":"))
