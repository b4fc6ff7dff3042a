//! offending: len
fn main() {
    let row = "3,4,5";
    let nums = row.split(',').map(|c| c.parse::<i32>()).collect::<Result<Vec<_>, _>>();
    println!("{} columns", nums.len());
}
