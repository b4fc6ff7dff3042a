//! mistake: Python's slice `readings[1:]` to pair each reading with the next one
//! offending: readings[1:]
//! category: python-habit
fn main() {
    let readings = vec![3, 7, 4, 10];
    let diffs: Vec<i32> = readings.iter().zip(readings[1:]).map(|(a, b)| b - a).collect();
    println!("{diffs:?}");
}
