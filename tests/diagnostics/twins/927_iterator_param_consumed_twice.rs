//! mistake: iterated an `I: Iterator` parameter in two loops, as a Python list can be iterated twice
//! offending: readings
//! category: python-habit
fn split_stats<I: Iterator<Item = u32>>(readings: I) -> (Vec<u32>, u32) {
    let mut high = Vec::new();
    for r in readings {
        if r > 100 {
            high.push(r);
        }
    }
    let mut total = 0;
    for r in readings {
        total += r;
    }
    (high, total)
}

fn main() {
    let (high, total) = split_stats(vec![50, 150, 300].into_iter());
    println!("{high:?} {total}");
}
