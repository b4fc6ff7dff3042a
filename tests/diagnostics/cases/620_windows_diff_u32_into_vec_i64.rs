//! mistake: takes differences of u32 readings into a Vec<i64>, expecting Python's signed, unbounded ints
//! offending: w[1] - w[0]
//! category: type
use comprehensions::comp;

fn main() {
    let depths: Vec<u32> = vec![199, 200, 208, 210, 200, 207];
    let diffs: Vec<i64> = comp![w[1] - w[0] for w in depths.windows(2)];
    println!("{diffs:?}");
}
