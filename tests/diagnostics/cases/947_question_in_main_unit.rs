//! mistake: `?` in a comprehension in a `fn main()` returning `()`, expecting it to raise as Python's `int(a)` does
//! offending: ?
//! category: python-habit
use comprehensions::comp;

fn main() {
    let args = vec!["3", "x", "5"];
    let nums = comp![a.parse::<i32>()? for a in &args];
    println!("{} numbers", nums.len());
}
