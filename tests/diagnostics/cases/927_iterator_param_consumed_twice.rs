//! mistake: iterated an `I: Iterator` parameter in two comprehensions, as a Python list can be iterated twice
//! offending: readings
//! category: python-habit
use comprehensions::comp;

fn split_stats<I: Iterator<Item = u32>>(readings: I) -> (Vec<u32>, u32) {
    let high = comp![r for r in readings if r > 100];
    let total: u32 = comp!((r for r in readings)).sum();
    (high, total)
}

fn main() {
    let (high, total) = split_stats(vec![50, 150, 300].into_iter());
    println!("{high:?} {total}");
}
