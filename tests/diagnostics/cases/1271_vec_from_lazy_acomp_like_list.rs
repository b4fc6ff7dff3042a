//! mistake: `Vec::from(..)` on a lazy `acomp!((..))` stream, as Python's `list(agen)` (which does not work on async generators either)
//! offending: Vec::from
//! category: python-habit
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let readings = stream::iter(vec![3.5f64, -1.0, 7.25]);
    let valid = Vec::from(acomp!((r async for r in readings if r >= 0.0)));
    println!("{valid:?}");
}
