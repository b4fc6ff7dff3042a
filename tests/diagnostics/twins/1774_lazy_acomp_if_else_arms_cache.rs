//! mistake: `names = cached_gen() if cached else fetch_gen()`: two lazy `acomp!` streams in `if`/`else` arms
//! offending: futures::stream::iter(&ids).then(|id| fetch(*id))
//! category: async
use futures::StreamExt;

async fn fetch(id: u32) -> String {
    format!("item-{id}")
}

async fn run(cached: bool) {
    let ids = vec![1u32, 2, 3];
    let mut names = if cached {
        futures::stream::iter(&ids).map(|id| format!("cached-{id}"))
    } else {
        futures::stream::iter(&ids).then(|id| fetch(*id))
    };
    while let Some(n) = names.next().await {
        println!("{n}");
    }
}

fn main() {
    futures::executor::block_on(run(false));
}
