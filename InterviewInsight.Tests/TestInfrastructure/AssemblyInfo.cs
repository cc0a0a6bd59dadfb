// Hangfire keeps its job storage in a process-wide static (JobStorage.Current); hosts started in parallel would
// enqueue into each other's stores. Test classes therefore run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
