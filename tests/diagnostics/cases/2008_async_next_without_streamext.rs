//! mistake: pulled lines from a lazy `acomp!` stream with `.next().await` without importing `StreamExt` (Python's `await anext(gen)` needs no import)
//! offending: next
//! category: async
use comprehensions::acomp;
use futures::stream;

async fn run() {
    let lines = stream::iter(vec!["disk full".to_string(), "started".to_string()]);
    let mut upper = acomp!((l.to_uppercase() async for l in lines));
    while let Some(l) = upper.next().await {
        println!("{l}");
    }
}

fn main() {
    futures::executor::block_on(run());
}
