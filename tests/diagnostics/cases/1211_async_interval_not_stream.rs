//! mistake: `async for` over a `tokio::time::Interval`, as over a Python async generator of ticks: an `Interval` is not a `Stream`
//! offending: &mut ticks
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = tokio::time::interval(Duration::from_millis(5));
    let stamps = acomp![t.elapsed().as_millis() async for t in &mut ticks if t.elapsed().as_millis() < 20];
    println!("{stamps:?}");
}
