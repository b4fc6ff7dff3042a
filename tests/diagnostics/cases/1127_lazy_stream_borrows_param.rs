//! mistake: returns a lazy `acomp!` that uses a parameter (`factor`) by reference, without `move`
//! offending: factor
//! category: ownership
use comprehensions::acomp;
use futures::channel::mpsc;
use futures::stream::Stream;

fn scaled(rx: mpsc::Receiver<u32>, factor: u32) -> impl Stream<Item = u32> {
    acomp!((x * factor async for x in rx))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (_tx, rx) = mpsc::channel::<u32>(8);
    let _s = scaled(rx, 3);
}
