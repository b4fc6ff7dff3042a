//! mistake: wrote the number of possible k-mers as Python's `4 ** k` instead of `4u64.pow(k)`
//! offending: 4 ** k
//! category: python-habit
fn main() {
    let space: Vec<u64> = (1..=8).map(|k| 4 ** k).collect();
    println!("{space:?}");
}
