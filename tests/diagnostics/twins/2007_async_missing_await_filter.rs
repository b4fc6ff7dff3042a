//! mistake: called an async predicate in the filter without `.await` (Python's `if await is_interesting(l)` without the `await`)
//! offending: is_interesting(&l)
//! category: async
use futures::stream;
use futures::StreamExt;

async fn is_interesting(line: &str) -> bool {
    line.contains("WARN")
}

async fn run() {
    let mut lines = stream::iter(vec!["WARN low disk".to_string(), "INFO ok".to_string()]);
    let mut hits = Vec::new();
    while let Some(l) = lines.next().await {
        if is_interesting(&l) {
            hits.push(l);
        }
    }
    println!("{hits:?}");
}

fn main() {
    futures::executor::block_on(run());
}
