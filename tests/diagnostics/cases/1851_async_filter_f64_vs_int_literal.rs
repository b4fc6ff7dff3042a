//! mistake: compares streamed `f64` readings with the integer literal `0` (Python: `[x async for x in readings if x > 0]`)
//! offending: x > 0
//! category: async
use comprehensions::acomp;
use futures::stream;

async fn run() {
    let readings = stream::iter(vec![0.5, -1.0, 2.5]);
    let positive: Vec<f64> = acomp![x async for x in readings if x > 0];
    println!("{positive:?}");
}

fn main() {
    futures::executor::block_on(run());
}
