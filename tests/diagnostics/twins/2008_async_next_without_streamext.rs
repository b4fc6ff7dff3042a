//! mistake: pulled lines from a lazy `acomp!` stream with `.next().await` without importing `StreamExt` (Python's `await anext(gen)` needs no import)
//! offending: next
//! category: async
use futures::stream;

async fn run() {
    let mut upper = stream::iter(vec!["disk full".to_string(), "started".to_string()].into_iter().map(|l| l.to_uppercase()));
    while let Some(l) = upper.next().await {
        println!("{l}");
    }
}

fn main() {
    futures::executor::block_on(run());
}
