//! mistake: pulled jobs one at a time with `.next().await` without importing `StreamExt` (Python's `await anext(jobs)` needs no import)
//! offending: next()
//! category: async
async fn poll_queue(n: u32) -> Option<String> {
    if n % 2 == 0 {
        Some(format!("job-{n}"))
    } else {
        None
    }
}

async fn run() {
    let mut jobs = Box::pin(futures::StreamExt::then(futures::stream::iter(0..4), poll_queue));
    while let Some(job) = jobs.next().await {
        println!("{job:?}");
    }
}

fn main() {
    futures::executor::block_on(run());
}
