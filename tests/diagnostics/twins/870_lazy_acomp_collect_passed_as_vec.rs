//! mistake: the stream's `.collect()` is passed straight to a function taking a `Vec`, without `.await`
//! offending: collect()
//! category: async
use futures::stream::{self, StreamExt};

async fn size_of(name: &str) -> u64 {
    name.len() as u64
}

fn total(sizes: Vec<u64>) -> u64 {
    sizes.iter().sum()
}

async fn run(names: &[&str]) -> u64 {
    total(stream::iter(names).then(|n| size_of(n)).collect())
}

fn main() {
    println!("{}", futures::executor::block_on(run(&["a", "bb"])));
}
