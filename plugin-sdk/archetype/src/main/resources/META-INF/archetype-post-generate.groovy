// Keeps the example of the chosen kind and deletes the others. Every kind's example is a pair:
// src/main/java/<package>/<Class>.java and src/test/java/<package>/<Class>Test.java.
def examples = [
    udf    : 'ScaleFunction',
    trigger: 'RangeCheckTrigger',
    model  : 'MeanForecastPipeline',
    codec  : 'ZigZagVarintEncoding',
]

def projectDir = new File(request.outputDirectory, request.artifactId)
def kind = request.properties.get('kind')
if (!examples.containsKey(kind)) {
    // Batch mode skips the descriptor's validationRegex: leave no half-made project behind.
    projectDir.deleteDir()
    throw new IllegalArgumentException(
        "kind must be one of ${examples.keySet().join(', ')}, but is '${kind}'")
}

def packagePath = request.properties.get('package').replace('.', '/')
examples.each { exampleKind, className ->
    if (exampleKind != kind) {
        ["src/main/java/${packagePath}/${className}.java",
         "src/test/java/${packagePath}/${className}Test.java"].each { path ->
            def file = new File(projectDir, path)
            if (file.exists() && !file.delete()) {
                throw new IllegalStateException("cannot delete ${file}")
            }
        }
    }
}
