//! mistake: `available_parallelism()` unwrapped gives a `NonZeroUsize`, passed to `concurrency` as is
//! offending: cores
//! category: type
use comprehensions::acomp;

async fn compress(chunk: &[u8]) -> usize {
    chunk.len() / 2
}

async fn run(chunks: &[Vec<u8>]) -> Vec<usize> {
    let cores = std::thread::available_parallelism().unwrap();
    acomp![compress(c).await for c in chunks; concurrency = cores]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&[vec![1, 2, 3, 4]])));
}
