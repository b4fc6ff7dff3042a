//! mistake: Python's step slice `samples[::2]` in the iterable, to keep every other sample
//! offending: [::2]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let samples = vec![3, 8, 1, 9, 4, 7];
    // Python: scaled = [s * 10 for s in samples[::2]]
    let scaled = comp![s * 10 for s in samples[::2]];
    println!("{scaled:?}");
}
