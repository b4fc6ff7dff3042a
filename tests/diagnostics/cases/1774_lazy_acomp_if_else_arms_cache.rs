//! mistake: `names = cached_gen() if cached else fetch_gen()`: two lazy `acomp!` streams in `if`/`else` arms
//! offending: acomp!((fetch(*id).await for id in &ids))
//! category: async
use comprehensions::{acomp, StreamExt};

async fn fetch(id: u32) -> String {
    format!("item-{id}")
}

async fn run(cached: bool) {
    let ids = vec![1u32, 2, 3];
    let mut names = if cached {
        acomp!((format!("cached-{id}") for id in &ids))
    } else {
        acomp!((fetch(*id).await for id in &ids))
    };
    while let Some(n) = names.next().await {
        println!("{n}");
    }
}

fn main() {
    futures::executor::block_on(run(false));
}
