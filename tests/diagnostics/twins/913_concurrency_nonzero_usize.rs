//! mistake: `available_parallelism()` unwrapped gives a `NonZeroUsize`, passed to `buffered` as is
//! offending: cores
//! category: type
use futures::stream::{self, StreamExt};

async fn compress(chunk: &[u8]) -> usize {
    chunk.len() / 2
}

async fn run(chunks: &[Vec<u8>]) -> Vec<usize> {
    let cores = std::thread::available_parallelism().unwrap();
    stream::iter(chunks).map(|c| compress(c)).buffered(cores).collect().await
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&[vec![1, 2, 3, 4]])));
}
