//! mistake: `Vec::from(..)` on a filtered stream, as Python's `list(agen)`
//! offending: Vec::from
//! category: python-habit
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let readings = stream::iter(vec![3.5f64, -1.0, 7.25]);
    let valid = Vec::from(readings.filter(|r| futures::future::ready(*r >= 0.0)));
    println!("{valid:?}");
}
