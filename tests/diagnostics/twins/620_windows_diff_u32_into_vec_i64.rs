//! mistake: takes differences of u32 readings into a Vec<i64>, expecting Python's signed, unbounded ints
//! category: type
fn main() {
    let depths: Vec<u32> = vec![199, 200, 208, 210, 200, 207];
    let mut diffs: Vec<i64> = Vec::new();
    for w in depths.windows(2) {
        diffs.push(w[1] - w[0]);
    }
    println!("{diffs:?}");
}
