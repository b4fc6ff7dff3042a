//! mistake: collecting a lazy `acomp!` stream without `.await` (hand-written)
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let squares: Vec<u64> = stream::iter(1..=4u64).map(|x| x * x).collect();
    println!("{squares:?}");
}
