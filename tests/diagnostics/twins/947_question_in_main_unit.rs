//! mistake: `?` in a loop in a `fn main()` returning `()`, expecting it to raise as Python's `int(a)` does
//! offending: ?
//! category: python-habit
fn main() {
    let args = vec!["3", "x", "5"];
    let mut nums = Vec::new();
    for a in &args {
        nums.push(a.parse::<i32>()?);
    }
    println!("{} numbers", nums.len());
}
