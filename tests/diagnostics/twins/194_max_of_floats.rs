//! mistake: `max()` over an iterator of `f64` (hand-written)
fn main() {
    let readings = vec![("t1", 21.5), ("t2", 23.0)];
    let hottest = readings.iter().map(|(_, t)| t).max();
    println!("{hottest:?}");
}
