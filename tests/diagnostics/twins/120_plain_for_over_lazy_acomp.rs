//! mistake: a plain Rust `for` loop over a lazy `acomp!` stream (hand-written)
use futures::future;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let evens = stream::iter(0..10).filter(|x| future::ready(x % 2 == 0));
    for e in evens {
        println!("{e}");
    }
}
