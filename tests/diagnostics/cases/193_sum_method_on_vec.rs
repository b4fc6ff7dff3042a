//! mistake: `.sum()` on the list comprehension's `Vec`, translating `sum([..])` as a method
//! offending: sum
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec!["apple,1.25", "pear,0.5"];
    let total: f64 = comp![r.split(',').nth(1).unwrap().parse::<f64>().unwrap() for r in &rows].sum();
    println!("{total}");
}
