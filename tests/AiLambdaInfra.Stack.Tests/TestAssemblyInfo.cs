// Pulumi keeps the running deployment in process-wide state: stack runs must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
