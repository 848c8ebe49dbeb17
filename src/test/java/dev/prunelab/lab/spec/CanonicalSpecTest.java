package dev.prunelab.lab.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical JSON of a spec is the result store's key (its SHA-256): results stored before keep counting as
 * "stored result" only while the same request gives the same text. Pinned for every preset and a few custom requests.
 */
class CanonicalSpecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"preset":"magnitude-vs-random"} | {"compare":"none","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","preset":"magnitude-vs-random","rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.7,0.8,0.9,0.95,0.98]}
            {"preset":"global-vs-layerwise"} | {"compare":"scope","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","preset":"global-vs-layerwise","rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.8,0.9,0.95,0.98]}
            {"preset":"schedules"} | {"compare":"schedule","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","preset":"schedules","rounds":3,"rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.8,0.9,0.95]}
            {"preset":"lottery-ticket"} | {"compare":"none","criterion":"magnitude","dataset":"mnist10k","epochs":3,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[300,100],"model":"mlp","preset":"lottery-ticket","rounds":3,"rows":2000,"schedule":"lottery","seed":0,"sparsities":[0.9]}
            {"preset":"structured-neurons"} | {"compare":"none","criterion":"magnitude","dataset":"digits","epochs":8,"fineTuneEpochs":2,"granularity":"neurons","hidden":[256,128],"model":"mlp","preset":"structured-neurons","rows":1797,"schedule":"one-shot","scope":"layer","seed":0,"sparsities":[0.25,0.5,0.75,0.9]}
            {"preset":"n-m-sparsity"} | {"compare":"granularity","criterion":"magnitude","dataset":"digits","epochs":8,"fineTuneEpochs":2,"granularity":"n:m","hidden":[128,64],"model":"mlp","preset":"n-m-sparsity","rows":1797,"schedule":"one-shot","scope":"layer","seed":0,"sparsities":[0.5,0.75]}
            {"preset":"snip-vs-magnitude"} | {"compare":"criterion","criterion":"snip","dataset":"digits","epochs":8,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","preset":"snip-vs-magnitude","rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.8,0.9,0.95]}
            {"preset":"per-class-damage"} | {"compare":"none","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":0,"granularity":"unstructured","hidden":[128,64],"model":"mlp","preset":"per-class-damage","rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.8,0.9,0.95,0.98,0.99]}
            {"preset":"tree-ccp"} | {"criterion":"gini","dataset":"breast_cancer","folds":5,"model":"tree","preset":"tree-ccp","rows":569,"seed":0}
            {"preset":"decision-boundary"} | {"compare":"none","criterion":"magnitude","dataset":"moons","epochs":30,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[32,32],"model":"mlp","preset":"decision-boundary","rows":300,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.8,0.9,0.95,0.98]}
            {"preset":"tree-ccp","model":"mlp"} | {"compare":"none","criterion":"magnitude","dataset":"breast_cancer","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","preset":"tree-ccp","rows":569,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.7,0.8,0.9,0.95,0.98]}
            {} | {"compare":"none","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.7,0.8,0.9,0.95,0.98]}
            {"dataset":"wine","model":"tree","hidden":[5],"schedule":"bogus","seed":3} | {"criterion":"gini","dataset":"wine","folds":5,"model":"tree","rows":178,"seed":3}
            {"model":"cnn","schedule":"one-shot","rounds":9,"hidden":[1],"folds":9,"sparsities":[0.9,0.5,0.5]} | {"compare":"none","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","model":"cnn","rows":1797,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.9]}
            {"schedule":"lottery","scope":"layer","sparsities":[0.9]} | {"compare":"none","criterion":"magnitude","dataset":"digits","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","rounds":3,"rows":1797,"schedule":"lottery","seed":0,"sparsities":[0.9]}
            {"dataset":"moons","compare":"schedule","schedule":"one-shot","rounds":4,"criterion":"taylor"} | {"compare":"schedule","criterion":"taylor","dataset":"moons","epochs":12,"fineTuneEpochs":2,"granularity":"unstructured","hidden":[128,64],"model":"mlp","rounds":4,"rows":300,"schedule":"one-shot","scope":"global","seed":0,"sparsities":[0.5,0.7,0.8,0.9,0.95,0.98]}
            """)
    void theSameRequestGivesTheSameCanonicalJson(String request, String pinned) throws Exception {
        String canonical = canonical(request);
        assertThat(canonical).isEqualTo(pinned);
    }

    static String canonical(String request) {
        return TestPresets.canonical(TestPresets.resolve(request).orThrow());
    }
}
